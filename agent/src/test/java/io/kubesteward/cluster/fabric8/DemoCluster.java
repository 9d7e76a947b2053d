package io.kubesteward.cluster.fabric8;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.VersionInfo;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.kubesteward.cluster.ReadOptions;
import io.kubesteward.cluster.snapshot.SnapshotWriter;
import io.kubesteward.model.ClusterInventory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The demo cluster behind {@code examples/cluster-snapshot}: the objects in
 * {@code src/test/resources/cluster/demo} served as an API server would, read by the real reader
 * (Helm release Secrets opted in; no Argo CD installed) and written by the real writer.
 * Regenerate after changing them: run this class's main from the agent module (argument: the
 * output directory, default ../examples/cluster-snapshot).
 */
final class DemoCluster {
    static final Instant READ_AT = Instant.parse("2024-06-03T08:00:00Z");
    static final Path EXAMPLE = Path.of("..", "examples", "cluster-snapshot");
    private static final List<String> FILES = List.of("nodes.yaml", "apps.yaml", "platform.yaml", "kube-system.yaml", "flux-system.yaml");

    private DemoCluster() {
    }

    static ClusterInventory read() throws Exception {
        KubernetesMockServer server = MockClusters.expectations();
        try (KubernetesClient client = server.createClient()) {
            ServedCluster cluster = new ServedCluster(server, Fabric8ClusterReader.PAGE_SIZE);
            server.setVersionInfo(new VersionInfo.Builder().withMajor("1").withMinor("29+").withGitVersion("v1.29.4-eks-036c24b")
                    .withPlatform("linux/amd64").build());
            FILES.forEach(file -> cluster.load(client, "/cluster/demo/" + file));
            cluster.add(HelmSecrets.release("apps", "podinfo", 6, "deployed", "podinfo", "6.4.0", "6.4.0"));
            cluster.add(HelmSecrets.release("apps", "podinfo", 5, "failed", "podinfo", "6.5.0", "6.5.0"));
            cluster.add(HelmSecrets.release("apps", "external-dns", 2, "deployed", "external-dns", "1.14.4", "0.14.1"));
            cluster.add(HelmSecrets.release("apps", "redis", 3, "deployed", "redis", "18.6.1", "7.2.4"));
            cluster.add(HelmSecrets.release("apps", "dashboards", 1, "deployed", "dashboards", "0.1.0+3f2a9c1d0b4e", "1.0.0"));
            cluster.add(HelmSecrets.release("platform", "platform", 7, "deployed", "platform", "1.3.2", "1.3.2"));
            cluster.serve(List.of("/apis/argoproj.io/v1alpha1/applications"));
            try (Fabric8ClusterReader reader = new Fabric8ClusterReader(server.createClient(), "prod-eu", Clock.fixed(READ_AT, ZoneOffset.UTC),
                    Fabric8ClusterReader.PAGE_SIZE)) {
                return reader.read(ReadOptions.ALL.withHelmReleaseSecrets(true));
            }
        } finally {
            server.destroy();
        }
    }

    public static void main(String[] args) throws Exception {
        Path out = args.length > 0 ? Path.of(args[0]) : EXAMPLE;
        new SnapshotWriter().write(read(), out);
        System.out.println("wrote " + out.toAbsolutePath().normalize());
    }
}
