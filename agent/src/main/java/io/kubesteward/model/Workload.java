package io.kubesteward.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A workload as it runs: identity, labels and annotations (Argo CD's tracking-id, Flux's kustomize
 * labels, Helm's release annotations), desired replicas (null for jobs), owners, its pod template's
 * containers and its pods. {@code templateChangedAt} is when the pod template last changed, where
 * the cluster says so (a Deployment's newest ReplicaSet); null otherwise.
 */
public record Workload(
        WorkloadRef ref,
        Map<String, String> labels,
        Map<String, String> annotations,
        Integer replicas,
        List<OwnerRef> owners,
        Instant createdAt,
        Instant templateChangedAt,
        List<WorkloadContainer> containers,
        List<PodFacts> pods) {

    public static final String ARGO_TRACKING_ID = "argocd.argoproj.io/tracking-id";
    public static final String FLUX_KUSTOMIZE_NAME = "kustomize.toolkit.fluxcd.io/name";
    public static final String FLUX_KUSTOMIZE_NAMESPACE = "kustomize.toolkit.fluxcd.io/namespace";
    public static final String FLUX_HELM_NAME = "helm.toolkit.fluxcd.io/name";
    public static final String HELM_RELEASE_NAME = "meta.helm.sh/release-name";
    public static final String HELM_RELEASE_NAMESPACE = "meta.helm.sh/release-namespace";
    public static final String INSTANCE = "app.kubernetes.io/instance";

    public Workload {
        if (ref == null) {
            throw new IllegalArgumentException("workload ref is required");
        }
        labels = ClusterCopies.map(labels);
        annotations = ClusterCopies.map(annotations);
        owners = ClusterCopies.list(owners);
        containers = ClusterCopies.list(containers);
        pods = ClusterCopies.sorted(pods, Comparator.comparing(PodFacts::name));
    }

    public Optional<WorkloadContainer> container(String name) {
        return containers.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** A label, else an annotation of that key: the GitOps tools use both. */
    public Optional<String> marker(String key) {
        return Optional.ofNullable(labels.getOrDefault(key, annotations.get(key)));
    }
}
