package io.kubesteward.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubesteward.cli.Main;
import io.kubesteward.cli.Terminal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code steward plan} proposes only chart versions Helm would install on the cluster: the newest
 * that fits, with the reason the newer ones do not, whether the version comes from a snapshot, the
 * live cluster or {@code cluster.kubernetesVersion}.
 */
class KubernetesVersionPlanTest {
    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** The demo, with podinfo 6.7.1 needing Kubernetes 1.25 and 7.0.0 needing 1.30, and a snapshot of a 1.24 cluster. */
    @BeforeEach
    void copyTheDemo() throws IOException {
        DemoDelivery.copyTree(EXAMPLES, dir);
        Path index = dir.resolve("chart-repo/podinfo/index.yaml");
        String text = Files.readString(index);
        text = replaceKubeVersionAfter(text, "version: 7.0.0", ">=1.30.0-0");
        text = replaceKubeVersionAfter(text, "version: 6.7.1", ">=1.25.0-0");
        Files.writeString(index, text);
        Path cluster = dir.resolve("cluster-snapshot/cluster.yaml");
        Files.writeString(cluster, Files.readString(cluster).replace("minor: 29+", "minor: 24+")
                .replace("gitVersion: v1.29.4-eks-036c24b", "gitVersion: v1.24.17-eks-5e0fdde"));
    }

    /** The index lists kubeVersion before version within an entry: replace the one in the entry that ends with {@code marker}. */
    private static String replaceKubeVersionAfter(String index, String marker, String constraint) {
        int at = index.indexOf(marker);
        int kube = index.lastIndexOf("kubeVersion: '>=1.23.0-0'", at);
        return index.substring(0, kube) + "kubeVersion: '" + constraint + "'" + index.substring(kube + "kubeVersion: '>=1.23.0-0'".length());
    }

    private JsonNode podinfo(String... extra) throws IOException {
        String[] args = Stream.concat(Stream.of("plan", "--repo", dir.resolve("gitops-repo").toString(), "--output", "json"), Stream.of(extra))
                .toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(args, new Terminal(new PrintWriter(out), new PrintWriter(err), false)), err.toString());
        for (JsonNode d : new ObjectMapper().readTree(out.toString()).get("declarations")) {
            if (d.get("name").asText().equals("podinfo")) {
                return d;
            }
        }
        throw new AssertionError("no podinfo declaration:\n" + out);
    }

    @Test
    void a_1_24_cluster_gets_the_newest_version_that_fits_and_the_reason_for_the_rest() throws IOException {
        JsonNode podinfo = podinfo("--cluster", dir.resolve("cluster-snapshot").toString());
        assertEquals("6.5.4", podinfo.get("updates").get(0).get("to").asText(), podinfo.toString());
        assertEquals(1, podinfo.get("updates").size(), "no major either: 7.0.0 needs 1.30");
        assertEquals("7.0.0", podinfo.get("newest").asText());
        assertEquals("7.0.0 needs Kubernetes >=1.30.0-0 (its kubeVersion) and the cluster runs v1.24.17-eks-5e0fdde; upgrade the cluster"
                + " first", podinfo.get("reason").asText());
    }

    @Test
    void without_a_cluster_the_configured_version_decides_and_without_either_nothing_is_held() throws IOException {
        Path config = dir.resolve("gitops-repo/.steward/config.yaml");
        JsonNode free = podinfo();
        assertEquals("6.7.1", free.get("updates").get(0).get("to").asText(), free.toString());
        Files.writeString(config, Files.readString(config) + "charts:\n  kubernetesVersion: 1.26.5\n");
        JsonNode configured = podinfo();
        assertEquals("6.7.1", configured.get("updates").get(0).get("to").asText(), configured.toString());
        assertEquals("7.0.0 needs Kubernetes >=1.30.0-0 (its kubeVersion) and the cluster (charts.kubernetesVersion) runs 1.26.5;"
                + " upgrade the cluster first", configured.get("reason").asText());
    }
}
