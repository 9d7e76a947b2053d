package io.kubesteward.planning.rightsizing;

import io.kubesteward.model.ArgoApplication;
import io.kubesteward.model.ArgoSource;
import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.ClusterOrigin;
import io.kubesteward.model.ContainerResources;
import io.kubesteward.model.ContainerRole;
import io.kubesteward.model.StatusCondition;
import io.kubesteward.model.TargetRef;
import io.kubesteward.model.Vpa;
import io.kubesteward.model.VpaCheckpoint;
import io.kubesteward.model.VpaRecommendation;
import io.kubesteward.model.Workload;
import io.kubesteward.model.WorkloadContainer;
import io.kubesteward.model.WorkloadKind;
import io.kubesteward.model.WorkloadRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Small clusters for the mapping tests: workloads with one container, and the worked example's VPA. */
final class Clusters {
    static final Instant READ_AT = Instant.parse("2024-06-03T08:00:00Z");

    private Clusters() {
    }

    static Workload deployment(String namespace, String name, Map<String, String> labels, Map<String, String> annotations,
                               String cpu, String cpuLimit, String memory, String memoryLimit) {
        ContainerResources resources = new ContainerResources(
                memory == null ? Map.of("cpu", cpu) : Map.of("cpu", cpu, "memory", memory),
                cpuLimit == null ? (memoryLimit == null ? Map.of() : Map.of("memory", memoryLimit))
                        : memoryLimit == null ? Map.of("cpu", cpuLimit) : Map.of("cpu", cpuLimit, "memory", memoryLimit));
        WorkloadContainer container = new WorkloadContainer(name, ContainerRole.CONTAINER, "ghcr.io/example/" + name + ":1.0.0", List.of(),
                resources, List.of());
        return new Workload(new WorkloadRef(WorkloadKind.DEPLOYMENT, namespace, name), labels, annotations, 4, List.of(),
                READ_AT.minus(Duration.ofDays(100)), READ_AT.minus(Duration.ofDays(5)), List.of(container), List.of());
    }

    /** The worked example's VPA on Deployment {@code name}: T {163m, 700Mi}, U {420m, 980Mi}, 9.2 days of history. */
    static Vpa workedExampleVpa(String namespace, String name) {
        return new Vpa(namespace, name, new TargetRef("apps/v1", "Deployment", name), "Off", List.of(),
                List.of(new VpaRecommendation(name, Map.of("cpu", "163m", "memory", "700Mi"), Map.of("cpu", "120m", "memory", "560Mi"),
                        Map.of("cpu", "420m", "memory", "980Mi"), Map.of("cpu", "163m", "memory", "700Mi"))),
                List.of(new StatusCondition("RecommendationProvided", "True", null, null, READ_AT.minus(Duration.ofDays(10)))),
                READ_AT.minus(Duration.ofDays(10)));
    }

    static VpaCheckpoint workedExampleCheckpoint(String namespace, String name) {
        return new VpaCheckpoint(namespace, name + "-" + name, name, name, Instant.parse("2024-05-24T23:12:00Z"),
                Instant.parse("2024-06-03T04:00:00Z"), 52_992, 22, 35);
    }

    static ArgoApplication argo(String name, String path) {
        return new ArgoApplication("argocd", name, "default", "https://kubernetes.default.svc", "apps",
                List.of(new ArgoSource("https://git.example.com/gitops.git", null, path, "main")), "Synced", "Healthy", List.of(), List.of());
    }

    static ClusterInventory of(List<Workload> workloads, List<Vpa> vpas, List<VpaCheckpoint> checkpoints, List<ArgoApplication> argo) {
        return new ClusterInventory(new ClusterOrigin("test", READ_AT), null, List.of(), workloads, List.of(), vpas, checkpoints, List.of(),
                List.of(), List.of(), argo, List.of(), List.of());
    }
}
