package io.kubesteward.planning.rightsizing;

import io.kubesteward.cluster.snapshot.SnapshotReader;
import io.kubesteward.cluster.snapshot.SnapshotWriter;
import io.kubesteward.declarations.ScanResult;
import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.ClusterNode;
import io.kubesteward.model.ClusterOrigin;
import io.kubesteward.model.ContainerFacts;
import io.kubesteward.model.ContainerResources;
import io.kubesteward.model.ContainerRole;
import io.kubesteward.model.Hpa;
import io.kubesteward.model.HpaMetric;
import io.kubesteward.model.PodFacts;
import io.kubesteward.model.SourceFile;
import io.kubesteward.model.StatusCondition;
import io.kubesteward.model.TargetRef;
import io.kubesteward.model.Vpa;
import io.kubesteward.model.VpaCheckpoint;
import io.kubesteward.model.VpaRecommendation;
import io.kubesteward.model.Workload;
import io.kubesteward.model.WorkloadContainer;
import io.kubesteward.model.WorkloadKind;
import io.kubesteward.model.WorkloadRef;
import io.kubesteward.rightsizing.Prices;
import io.kubesteward.rightsizing.RightsizingSettings;
import io.kubesteward.yamledit.EditResult;
import io.kubesteward.yamledit.ProposalEditor;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Not a test: a cluster of 10,000 Deployments with VPAs and checkpoints (3 pods each, an HPA on
 * every tenth) and a repository declaring each in its own manifest, through rightsizing: the
 * inventory read from a snapshot directory ({@code --cluster DIR}), the repository scanned, the
 * policy applied to every workload, and every application's proposal edited and confirmed by
 * re-extraction. Prints each step's time and the heap high-water mark. Run it under the heap the
 * issue allows, from the agent module:
 * {@code java -Xmx512m -cp <test classpath> io.kubesteward.planning.rightsizing.RightsizingBenchmark [workloads] [apps]}.
 * (The live read from the fabric8 mock server is {@code cluster.fabric8.ClusterReadBenchmark}.)
 */
public final class RightsizingBenchmark {
    private static final Instant READ_AT = Instant.parse("2024-06-03T08:00:00Z");

    private RightsizingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int workloads = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int apps = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dir = Files.createTempDirectory("steward-rightsizing-benchmark");
        try {
            new SnapshotWriter().write(cluster(workloads, apps), dir);
            List<SourceFile> repository = repository(workloads);
            System.out.printf("synthetic cluster: %d Deployments with VPAs, checkpoints and 3 pods each, %d applications; "
                    + "repository of %d manifests; max heap %d MiB%n", workloads, apps, repository.size(), Runtime.getRuntime().maxMemory() >> 20);
            for (int round = 1; round <= 3; round++) {
                measure(round, dir, repository);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void measure(int round, Path snapshot, List<SourceFile> repository) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        ClusterInventory inventory = new SnapshotReader().read(snapshot);
        long read = System.nanoTime();
        ProposalEditor editor = ProposalEditor.standard();
        ScanResult scan = editor.scan(repository);
        long scanned = System.nanoTime();
        RightsizingPlan plan = new RightsizingPlanner(new RightsizingInputs(RightsizingSettings.defaults(), List.of(),
                Prices.of("USD", "0.031611", "0.004237"))).plan(inventory, scan.resources(), READ_AT);
        long planned = System.nanoTime();
        int failed = 0;
        int files = 0;
        for (RightsizingProposal p : plan.proposals()) {
            EditResult result = editor.edit(repository, p);
            if (result instanceof EditResult.Applied applied) {
                files += applied.changedFiles().size();
            } else {
                failed++;
                if (failed == 1) {
                    System.out.println("  first failed edit: " + ((EditResult.Failed) result).reason());
                }
            }
        }
        long edited = System.nanoTime();
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long changing = plan.workloads().stream().filter(w -> w.plan().changes()).count();
        System.out.printf("round %d: read snapshot %d ms, scan %d ms, rightsizing %d ms (%d workloads, %d changing), edit+confirm %d ms "
                        + "(%d proposals, %d files, %d failed); total %d ms; heap peak %d MiB%n", round, ms(start, read), ms(read, scanned),
                ms(scanned, planned), plan.workloads().size(), changing, ms(planned, edited), plan.proposals().size(), files, failed,
                ms(start, edited), peak >> 20);
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static String namespace(int i) {
        return "ns-" + (i % 100);
    }

    static ClusterInventory cluster(int count, int apps) {
        List<Workload> workloads = new ArrayList<>();
        List<Vpa> vpas = new ArrayList<>();
        List<VpaCheckpoint> checkpoints = new ArrayList<>();
        List<Hpa> hpas = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String ns = namespace(i);
            String name = "app-" + i;
            WorkloadContainer c = new WorkloadContainer("app", ContainerRole.CONTAINER, "ghcr.io/example/app:1.0." + i % 7, List.of(),
                    new ContainerResources(Map.of("cpu", "500m", "memory", "512Mi"), Map.of("cpu", "1", "memory", "512Mi")), List.of());
            List<PodFacts> pods = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                pods.add(new PodFacts(name + "-" + p, "node-" + (i + p) % 50, "Running", READ_AT.minus(Duration.ofDays(9)),
                        List.of(new ContainerFacts("app", ContainerRole.CONTAINER, "ghcr.io/example/app@sha256:" + "a".repeat(64), i % 5,
                                READ_AT.minus(Duration.ofDays(9)), null, null, null))));
            }
            workloads.add(new Workload(new WorkloadRef(WorkloadKind.DEPLOYMENT, ns, name), Map.of(Workload.INSTANCE, "team-" + i % apps),
                    Map.of(), 3, List.of(), READ_AT.minus(Duration.ofDays(100)), READ_AT.minus(Duration.ofDays(9)), List.of(c), pods));
            String cpu = (50 + i % 400) + "m";
            String memory = (128 + i % 512) + "Mi";
            vpas.add(new Vpa(ns, name, new TargetRef("apps/v1", "Deployment", name), "Off", List.of(),
                    List.of(new VpaRecommendation("app", Map.of("cpu", cpu, "memory", memory), Map.of("cpu", "25m", "memory", "100Mi"),
                            Map.of("cpu", (100 + i % 800) + "m", "memory", (200 + i % 900) + "Mi"), Map.of("cpu", cpu, "memory", memory))),
                    List.of(new StatusCondition("RecommendationProvided", "True", null, null, READ_AT.minus(Duration.ofDays(20)))),
                    READ_AT.minus(Duration.ofDays(20))));
            checkpoints.add(new VpaCheckpoint(ns, name + "-app", name, "app", READ_AT.minus(Duration.ofDays(14)), READ_AT, 20_160,
                    10 + i % 20, 20 + i % 25));
            if (i % 10 == 0) {
                hpas.add(new Hpa(ns, name, new TargetRef("apps/v1", "Deployment", name), 2, 6, 3,
                        List.of(new HpaMetric("Resource", "cpu", null, "Utilization", "75"))));
            }
        }
        List<ClusterNode> nodes = new ArrayList<>();
        for (int n = 0; n < 50; n++) {
            nodes.add(new ClusterNode("node-" + n, Map.of("cpu", "7910m", "memory", "31Gi"), Map.of("cpu", "8", "memory", "32Gi"), Map.of(),
                    false));
        }
        return new ClusterInventory(new ClusterOrigin("benchmark", READ_AT), null, nodes, workloads, hpas, vpas, checkpoints, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static List<SourceFile> repository(int count) {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = "app-" + i;
            files.add(new SourceFile("apps/" + namespace(i) + "/" + name + ".yaml", """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: %s
                      namespace: %s
                    spec:
                      replicas: 3
                      template:
                        spec:
                          containers:
                            - name: app
                              image: ghcr.io/example/app:1.0.%d
                              resources:
                                requests:
                                  cpu: 500m
                                  memory: 512Mi
                                limits:
                                  cpu: 1
                                  memory: 512Mi
                    """.formatted(name, namespace(i), i % 7)));
        }
        return files;
    }
}
