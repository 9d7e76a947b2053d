package io.kubesteward.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesteward.render.EmbeddedOciRegistry;
import io.kubesteward.render.TarBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An OCI-hosted chart's upgrade is looked inside like a Helm repository's: both archives pulled from a real registry. */
class OciChartImpactTest {
    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: {{ .Release.Name }}}
            spec:
              selector: {matchLabels: {%s}}
              template:
                metadata: {labels: {%s}}
                spec: {containers: [{name: web, image: "ghcr.io/example/web:{{ .Chart.Version }}"}]}
            """;

    private static byte[] chart(String version, String labels) {
        return new TarBuilder().file("web/Chart.yaml", "apiVersion: v2\nname: web\nversion: " + version + "\n")
                .file("web/values.yaml", "replicas: 1\n").file("web/templates/deployment.yaml", DEPLOYMENT.formatted(labels, labels)).tgz();
    }

    @Test
    void both_archives_come_from_the_registry_and_the_impact_is_in_the_proposal(@TempDir Path dir) throws Exception {
        try (EmbeddedOciRegistry registry = EmbeddedOciRegistry.start()) {
            registry.push("charts/web", "1.0.0", chart("1.0.0", "app: web"));
            registry.push("charts/web", "1.1.0", chart("1.1.0", "app.kubernetes.io/name: web"));
            Path repo = Files.createDirectories(dir.resolve("repo"));
            Files.writeString(repo.resolve("Chart.yaml"), "apiVersion: v2\nname: umbrella\nversion: 0.1.0\ndependencies:\n"
                    + "  - name: web\n    version: 1.0.0\n    repository: oci://" + registry.host() + "/charts\n");
            String auth = Base64.getEncoder().encodeToString((EmbeddedOciRegistry.USER + ":" + EmbeddedOciRegistry.PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            Path docker = Files.writeString(dir.resolve("docker.json"), "{\"auths\":{\"" + registry.host() + "\":{\"auth\":\"" + auth + "\"}}}");
            Path config = Files.writeString(dir.resolve("steward.yaml"), "apiVersion: steward.io/v1alpha1\nkind: Config\n"
                    + "http: {retries: 1, timeout: 5s, allowedHosts: [127.0.0.1]}\n"
                    + "registries: {dockerConfig: " + docker + ", insecure: [\"" + registry.host() + "\"]}\n");
            StewardCli.Result result = new StewardCli().run("plan", "--repo", repo.toString(), "--config", config.toString(), "--output", "json")
                    .exits(0);
            assertEquals("update", result.declaration("web").get("status").asText(), result.json()::toString);
            JsonNode proposal = result.json().get("proposals").get(0);
            List<JsonNode> impact = new ArrayList<>();
            proposal.get("impact").forEach(impact::add);
            JsonNode immutable = impact.stream().filter(f -> f.get("check").asText().equals("immutable")).findFirst()
                    .orElseThrow(() -> new AssertionError(proposal.toString()));
            assertEquals("blocking", immutable.get("severity").asText());
            assertTrue(immutable.get("summary").asText().startsWith("1.1.0 changes spec.selector of Deployment web"), immutable.toString());
            proposal.path("notAnalysed").forEach(line -> assertTrue(!line.asText().contains("archive")
                    && !line.asText().startsWith("the rendered manifests"), line::asText));
            assertTrue(proposal.get("analysed").get(0).asText().contains("both rendered"), proposal::toString);
        }
    }
}
