package io.kubesteward.cluster.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.cluster.ClusterUnavailable;
import io.kubesteward.cluster.ReadOptions;
import io.kubesteward.model.ClusterInventory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotTest {
    @TempDir
    Path dir;

    private final SnapshotWriter writer = new SnapshotWriter();
    private final SnapshotReader reader = new SnapshotReader();

    @Test
    void every_record_and_every_awkward_value_comes_back_equal() throws Exception {
        ClusterInventory inventory = Inventories.sample();

        writer.write(inventory, dir);

        assertEquals(inventory, reader.read(dir));
    }

    @Test
    void writing_the_same_inventory_twice_gives_the_same_bytes_and_replaces_the_old_snapshot() throws Exception {
        writer.write(Inventories.sample(), dir);
        String first = Files.readString(dir.resolve("namespaces/shop.yaml"));
        Files.writeString(dir.resolve("namespaces/gone.yaml"), "stale");

        writer.write(Inventories.sample(), dir);

        assertEquals(first, Files.readString(dir.resolve("namespaces/shop.yaml")));
        assertEquals(List.of("argocd.yaml", "shop.yaml"), Files.list(dir.resolve("namespaces")).map(p -> p.getFileName().toString()).sorted().toList());
    }

    @Test
    void a_directory_that_holds_something_else_is_not_overwritten() throws Exception {
        Files.writeString(dir.resolve("values.yaml"), "keep: me");

        IOException failure = assertThrows(IOException.class, () -> writer.write(Inventories.sample(), dir));

        assertEquals(dir + " is not empty and holds no Steward snapshot; give an empty or new directory", failure.getMessage());
    }

    @Test
    void the_snapshot_cluster_filters_namespaces_like_a_live_read() throws Exception {
        writer.write(Inventories.sample(), dir);

        ClusterInventory onlyShop = new SnapshotCluster(dir).read(new ReadOptions(List.of("shop"), List.of(), false));

        assertEquals(List.of("shop"), List.copyOf(onlyShop.namespaces()));
        assertEquals(List.of("VerticalPodAutoscalerCheckpoint"), onlyShop.unreadable().stream().map(u -> u.kind()).toList(),
                "kube-system's entry goes with kube-system; the cluster-wide one stays");
    }

    @Test
    void a_missing_snapshot_says_how_to_make_one() {
        ClusterUnavailable failure = assertThrows(ClusterUnavailable.class,
                () -> new SnapshotCluster(dir.resolve("nope")).read(ReadOptions.ALL));

        assertEquals("Cannot read the cluster snapshot: " + dir.resolve("nope") + ": no such directory; write a snapshot with steward "
                + "snapshot --out DIR", failure.getMessage());
    }

    @Test
    void an_unknown_field_is_located_and_the_known_ones_listed() throws Exception {
        writer.write(Inventories.sample(), dir);
        Path file = dir.resolve("namespaces/shop.yaml");
        Files.writeString(file, Files.readString(file).replace("    replicas: 4\n", "    replicas: 4\n    replica: 5\n"));

        SnapshotInvalid failure = assertThrows(SnapshotInvalid.class, () -> reader.read(dir));

        assertTrue(failure.getMessage().startsWith(file + ":" + lineOf(file, "replica: 5") + ":5: unknown field 'replica' at workloads[0].replica; "
                + "known fields: annotations, containers, createdAt, labels, owners, pods, ref, replicas, templateChangedAt"), failure.getMessage());
    }

    @Test
    void a_misspelt_kind_lists_the_kinds() throws Exception {
        writer.write(Inventories.sample(), dir);
        Path file = dir.resolve("namespaces/shop.yaml");
        Files.writeString(file, Files.readString(file).replace("kind: CronJob", "kind: Cronjob"));

        SnapshotInvalid failure = assertThrows(SnapshotInvalid.class, () -> reader.read(dir));

        assertEquals(file + ":" + lineOf(file, "kind: Cronjob") + ":13: 'Cronjob' at workloads[1].ref.kind is not valid: expected one of "
                + "Deployment, StatefulSet, DaemonSet, CronJob, Job", failure.getMessage());
    }

    @Test
    void a_bad_time_and_a_missing_name_are_reported_with_their_place() throws Exception {
        writer.write(Inventories.sample(), dir);
        Path file = dir.resolve("namespaces/shop.yaml");
        String original = Files.readString(file);
        Files.writeString(file, original.replace("createdAt: 2024-04-29T12:00:00Z", "createdAt: last tuesday"));

        SnapshotInvalid badTime = assertThrows(SnapshotInvalid.class, () -> reader.read(dir));
        assertTrue(badTime.getMessage().contains("'last tuesday' at workloads[0].createdAt is not valid: expected an RFC 3339 time"),
                badTime.getMessage());

        Files.writeString(file, original.replace("      - name: api-7f9-abcde\n        nodeName: node-a\n", "      - nodeName: node-a\n"));
        SnapshotInvalid noName = assertThrows(SnapshotInvalid.class, () -> reader.read(dir));
        assertTrue(noName.getMessage().contains("pod name is required at workloads[0].pods[0]"), noName.getMessage());
    }

    @Test
    void a_record_in_the_wrong_namespace_file_and_a_wrong_kind_are_refused() throws Exception {
        writer.write(Inventories.sample(), dir);
        Path file = dir.resolve("namespaces/shop.yaml");
        String original = Files.readString(file);
        Files.writeString(file, original.replace("namespace: shop\n    name: api\n    target:", "namespace: other\n    name: api\n    target:"));

        SnapshotInvalid moved = assertThrows(SnapshotInvalid.class, () -> reader.read(dir));
        assertEquals(file + ": hpas[0] is in namespace other but the file is for namespace shop", moved.getMessage());

        Files.writeString(file, original.replace("kind: NamespaceSnapshot", "kind: ClusterSnapshot"));
        SnapshotInvalid wrongKind = assertThrows(SnapshotInvalid.class, () -> reader.read(dir));
        assertEquals(file + ": expected apiVersion steward.io/v1alpha1 and kind NamespaceSnapshot, found apiVersion steward.io/v1alpha1 and "
                + "kind ClusterSnapshot", wrongKind.getMessage());
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
