package io.kubesteward.cluster.fabric8;

import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.kubesteward.cluster.ReadOptions;
import io.kubesteward.cluster.snapshot.SnapshotReader;
import io.kubesteward.cluster.snapshot.SnapshotWriter;
import io.kubesteward.model.ClusterInventory;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Not a test: reads a synthetic cluster of 10,000 Deployments (with ReplicaSets, pods, VPAs,
 * checkpoints, HPAs) from the mock server in pages of 500 and prints the read time and the heap
 * high-water mark. Run it under the heap the issue allows, from the agent module:
 * {@code java -Xmx512m -cp <test classpath> io.kubesteward.cluster.fabric8.ClusterReadBenchmark [workloads] [rounds]}.
 */
public final class ClusterReadBenchmark {
    private static final Map<String, String> PATHS = Map.of("Deployment", "/apis/apps/v1/deployments", "ReplicaSet",
            "/apis/apps/v1/replicasets", "Pod", "/api/v1/pods", "VPA", "/apis/autoscaling.k8s.io/v1/verticalpodautoscalers", "Checkpoint",
            "/apis/autoscaling.k8s.io/v1/verticalpodautoscalercheckpoints", "HPA", "/apis/autoscaling/v2/horizontalpodautoscalers", "Node",
            "/api/v1/nodes");

    private ClusterReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int workloads = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        KubernetesMockServer server = MockClusters.expectations();
        try {
            SyntheticCluster cluster = new SyntheticCluster(workloads, 100);
            ScriptedCluster script = new ScriptedCluster(server, Fabric8ClusterReader.PAGE_SIZE);
            PATHS.forEach((kind, path) -> serve(server, script, cluster, kind, path));
            script.emptyElsewhere(ScriptedCluster.ALL_LISTS);
            System.out.printf("synthetic cluster: %d Deployments, ReplicaSets, pods and VPAs, %d checkpoints, %d HPAs; max heap %d MiB%n",
                    workloads, cluster.count("Checkpoint"), cluster.count("HPA"), Runtime.getRuntime().maxMemory() >> 20);
            ClusterInventory inventory = null;
            for (int round = 1; round <= rounds; round++) {
                inventory = measure(server, round);
            }
            snapshot(inventory);
        } finally {
            server.destroy();
        }
    }

    private static void serve(KubernetesMockServer server, ScriptedCluster script, SyntheticCluster cluster, String kind, String path) {
        int total = cluster.count(kind);
        int size = (int) Fabric8ClusterReader.PAGE_SIZE;
        for (int from = 0, page = 0; from < total; from += size, page++) {
            int start = from;
            int end = Math.min(total, from + size);
            String token = end < total ? kind + "-" + (page + 1) : null;
            String pathAndQuery = page == 0 ? script.first(path) : script.next(path, kind + "-" + page);
            server.expect().get().withPath(pathAndQuery).andReply(200, request -> cluster.page(kind, start, end, token)).always();
        }
    }

    private static ClusterInventory measure(KubernetesMockServer server, int round) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = used(heap, false);
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        ClusterInventory inventory;
        try (Fabric8ClusterReader reader = new Fabric8ClusterReader(server.createClient(), "benchmark", Clock.systemUTC(),
                Fabric8ClusterReader.PAGE_SIZE)) {
            inventory = reader.read(ReadOptions.ALL);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = used(heap, true);
        System.gc();
        long retained = used(heap, false) - before;
        System.out.printf("round %d: read %d workloads, %d pods, %d VPAs, %d checkpoints in %d ms; heap peak %d MiB (pool peaks summed, "
                        + "mock server included), inventory retained %d MiB; unreadable %d%n", round, inventory.workloads().size(),
                inventory.workloads().stream().mapToInt(w -> w.pods().size()).sum(), inventory.vpas().size(), inventory.vpaCheckpoints().size(),
                millis, peak >> 20, retained >> 20, inventory.unreadable().size());
        return inventory;
    }

    private static void snapshot(ClusterInventory inventory) throws Exception {
        Path dir = Files.createTempDirectory("steward-benchmark-snapshot");
        long start = System.nanoTime();
        new SnapshotWriter().write(inventory, dir);
        long written = System.nanoTime();
        ClusterInventory back = new SnapshotReader().read(dir);
        long read = System.nanoTime();
        long bytes = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                bytes += Files.isRegularFile(file) ? Files.size(file) : 0;
                Files.delete(file);
            }
        }
        System.out.printf("snapshot: written in %d ms, read back in %d ms, %d MiB on disk, equal: %b%n",
                (written - start) / 1_000_000, (read - written) / 1_000_000, bytes >> 20, back.equals(inventory));
    }

    private static long used(List<MemoryPoolMXBean> heap, boolean peak) {
        return heap.stream().mapToLong(p -> (peak ? p.getPeakUsage() : p.getUsage()).getUsed()).sum();
    }
}
