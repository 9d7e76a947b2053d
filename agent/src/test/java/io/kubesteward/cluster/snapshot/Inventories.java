package io.kubesteward.cluster.snapshot;

import io.kubesteward.model.ArgoApplication;
import io.kubesteward.model.ArgoSource;
import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.ClusterNode;
import io.kubesteward.model.ClusterOrigin;
import io.kubesteward.model.ContainerFacts;
import io.kubesteward.model.ContainerResources;
import io.kubesteward.model.ContainerRole;
import io.kubesteward.model.FluxHelmRelease;
import io.kubesteward.model.HeapHint;
import io.kubesteward.model.HelmReleaseSummary;
import io.kubesteward.model.Hpa;
import io.kubesteward.model.HpaMetric;
import io.kubesteward.model.LimitRange;
import io.kubesteward.model.LimitRangeItem;
import io.kubesteward.model.OwnerRef;
import io.kubesteward.model.PodFacts;
import io.kubesteward.model.ResourceQuota;
import io.kubesteward.model.ServerVersion;
import io.kubesteward.model.StatusCondition;
import io.kubesteward.model.TargetRef;
import io.kubesteward.model.Termination;
import io.kubesteward.model.UnreadableResource;
import io.kubesteward.model.Vpa;
import io.kubesteward.model.VpaCheckpoint;
import io.kubesteward.model.VpaContainerPolicy;
import io.kubesteward.model.VpaRecommendation;
import io.kubesteward.model.Workload;
import io.kubesteward.model.WorkloadContainer;
import io.kubesteward.model.WorkloadKind;
import io.kubesteward.model.WorkloadRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A hand-built inventory that uses every record and the values YAML likes to reinterpret. */
final class Inventories {
    static final Instant T = Instant.parse("2024-05-29T12:00:00Z");

    private Inventories() {
    }

    static ClusterInventory sample() {
        Workload api = new Workload(new WorkloadRef(WorkloadKind.DEPLOYMENT, "shop", "api"),
                Map.of("enabled", "true", "empty", "", "version", "1.10", "tilde", "~", "null-ish", "null", "yes", "no"),
                Map.of("argocd.argoproj.io/tracking-id", "shop:apps/Deployment:shop/api", "note", "line one\nline two: with colon # hash"),
                4, List.of(new OwnerRef("Rollout", "api", true)), T.minusSeconds(86_400 * 30), T.minusSeconds(86_400 * 5),
                List.of(new WorkloadContainer("api", ContainerRole.CONTAINER, "registry.example.com/api:1.2.3",
                                List.of("registry.example.com/api@sha256:abc"),
                                new ContainerResources(Map.of("cpu", "0.5", "memory", "262144k", "ephemeral-storage", "1e3"),
                                        Map.of("cpu", "1", "memory", "2Gi")),
                                List.of(new HeapHint("jvm", "env JAVA_TOOL_OPTIONS sets -Xmx"))),
                        new WorkloadContainer("istio-proxy", ContainerRole.SIDECAR, "istio/proxyv2:1.22.0", List.of(), ContainerResources.NONE,
                                List.of())),
                List.of(new PodFacts("api-7f9-abcde", "node-a", "Running", T.minusSeconds(3600),
                        List.of(new ContainerFacts("api", ContainerRole.CONTAINER, "", 2, T.minusSeconds(600), null, null,
                                new Termination("OOMKilled", 137, T.minusSeconds(4000), T.minusSeconds(610)))))));
        Workload job = new Workload(new WorkloadRef(WorkloadKind.CRON_JOB, "shop", "report"), Map.of(), Map.of(), null, List.of(), null, null,
                List.of(), List.of());
        Vpa vpa = new Vpa("shop", "api", new TargetRef("apps/v1", "Deployment", "api"), "Off",
                List.of(new VpaContainerPolicy("*", null, Map.of("cpu", "10m"), Map.of("memory", "8Gi"), List.of("cpu", "memory"),
                        "RequestsOnly")),
                List.of(new VpaRecommendation("api", Map.of("cpu", "163m", "memory", "700Mi"), Map.of("cpu", "100m"),
                        Map.of("cpu", "420m", "memory", "980Mi"), Map.of("cpu", "163m"))),
                List.of(new StatusCondition("RecommendationProvided", "True", null, null, T.minusSeconds(100))), T.minusSeconds(86_400 * 10));
        return new ClusterInventory(new ClusterOrigin("prod-eu", T), new ServerVersion("1", "29+", "v1.29.4-eks-036c24b", "linux/amd64"),
                List.of(new ClusterNode("node-a", Map.of("cpu", "3920m", "memory", "15076076Ki"), Map.of("cpu", "4"),
                        Map.of("node.kubernetes.io/instance-type", "m6i.xlarge"), false)),
                List.of(job, api),
                List.of(new Hpa("shop", "api", new TargetRef("apps/v1", "Deployment", "api"), 2, 10, 4,
                        List.of(new HpaMetric("Resource", "cpu", null, "Utilization", "70")))),
                List.of(vpa),
                List.of(new VpaCheckpoint("shop", "api-api", "api", "api", T.minusSeconds(86_400 * 9), T.minusSeconds(60), 13_000, 41, null)),
                List.of(new LimitRange("shop", "bounds", List.of(new LimitRangeItem("Container", Map.of("memory", "16Mi"), Map.of("cpu", "4"),
                        Map.of(), Map.of(), Map.of("cpu", "10"))))),
                List.of(new ResourceQuota("shop", "compute", Map.of("requests.cpu", "20"), Map.of("requests.cpu", "5250m"))),
                List.of(new FluxHelmRelease("shop", "api", "helm.toolkit.fluxcd.io/v2", "api", ">=1.0.0 <2.0.0", "HelmRepository/flux-system/shop",
                        null, null, "1.2.3", "1.2.3", null, "1.2.4",
                        List.of(new StatusCondition("Ready", "False", "UpgradeFailed", "timed out: waiting", T)))),
                List.of(new ArgoApplication("argocd", "shop", "default", "https://kubernetes.default.svc", "shop",
                        List.of(new ArgoSource("https://charts.example.com", "shop", null, "1.2.x")), "OutOfSync", "Healthy", List.of("1.2.3"),
                        List.of("registry.example.com/api:1.2.3"))),
                List.of(new HelmReleaseSummary("shop", "api", 7, "api", "1.2.3", "1.2.3", "deployed")),
                List.of(new UnreadableResource("Pod", "kube-system", UnreadableResource.Reason.FORBIDDEN, "list pods in namespace kube-system is forbidden"),
                        new UnreadableResource("VerticalPodAutoscalerCheckpoint", null, UnreadableResource.Reason.NOT_INSTALLED, "not installed")));
    }
}
