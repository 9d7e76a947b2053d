package io.kubesteward.cluster.fabric8;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.kubesteward.cluster.ReadOptions;
import io.kubesteward.cluster.snapshot.SnapshotCluster;
import io.kubesteward.cluster.snapshot.SnapshotReader;
import io.kubesteward.cluster.snapshot.SnapshotWriter;
import io.kubesteward.model.ClusterInventory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A live read and its snapshot are the same inventory: downstream cannot tell them apart. */
class LiveSnapshotRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void mock_cluster_to_inventory_to_snapshot_to_the_same_inventory() throws Exception {
        KubernetesMockServer server = MockClusters.crud();
        ClusterInventory live;
        try (KubernetesClient client = server.createClient()) {
            MockClusters.seed(client, "/cluster/crud/workloads.yaml");
            MockClusters.seed(client, "/cluster/crud/autoscaling.yaml");
            MockClusters.seed(client, "/cluster/crud/gitops.yaml");
            client.resource(HelmSecrets.release("apps", "podinfo", 4, "deployed", "6.4.0")).create();
            try (Fabric8ClusterReader reader = new Fabric8ClusterReader(server.createClient(), "mock",
                    Clock.fixed(Fabric8ClusterReaderTest.NOW, ZoneOffset.UTC), 500)) {
                live = reader.read(ReadOptions.ALL.withHelmReleaseSecrets(true));
            }
        } finally {
            server.destroy();
        }

        new SnapshotWriter().write(live, dir);
        ClusterInventory snapshot = new SnapshotReader().read(dir);

        assertEquals(live, snapshot);
        assertEquals(List.of("apps.yaml", "argocd.yaml", "kube-system.yaml"), files(dir.resolve("namespaces")));
        String written = Files.readString(dir.resolve("namespaces/apps.yaml"));
        assertFalse(written.contains(HelmSecrets.PASSWORD), "no Secret data reaches the snapshot");
        assertTrue(written.contains("chartVersion: 6.4.0"), written);
        assertEquals(live.workloads().size(), new SnapshotCluster(dir).read(ReadOptions.ALL).workloads().size());
    }

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
