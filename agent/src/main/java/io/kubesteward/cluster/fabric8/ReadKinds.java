package io.kubesteward.cluster.fabric8;

/** Every kind the reader lists, in one place so the permissions it needs can be read off. */
final class ReadKinds {
    static final ReadKind NODES = ReadKind.clusterScoped("Node", "nodes", "");
    static final ReadKind DEPLOYMENTS = ReadKind.builtIn("Deployment", "deployments", "apps");
    static final ReadKind STATEFUL_SETS = ReadKind.builtIn("StatefulSet", "statefulsets", "apps");
    static final ReadKind DAEMON_SETS = ReadKind.builtIn("DaemonSet", "daemonsets", "apps");
    static final ReadKind REPLICA_SETS = ReadKind.builtIn("ReplicaSet", "replicasets", "apps");
    static final ReadKind CRON_JOBS = ReadKind.builtIn("CronJob", "cronjobs", "batch");
    static final ReadKind JOBS = ReadKind.builtIn("Job", "jobs", "batch");
    static final ReadKind PODS = ReadKind.builtIn("Pod", "pods", "");
    static final ReadKind HPAS = ReadKind.builtIn("HorizontalPodAutoscaler", "horizontalpodautoscalers", "autoscaling");
    static final ReadKind LIMIT_RANGES = ReadKind.builtIn("LimitRange", "limitranges", "");
    static final ReadKind RESOURCE_QUOTAS = ReadKind.builtIn("ResourceQuota", "resourcequotas", "");
    static final ReadKind HELM_SECRETS = ReadKind.builtIn("Secret (Helm release)", "secrets", "");
    static final ReadKind VPAS = ReadKind.addOn("VerticalPodAutoscaler", "verticalpodautoscalers", "autoscaling.k8s.io",
            "the VerticalPodAutoscaler CRD (autoscaling.k8s.io/v1) is not installed, so there are no recommendations to size by; "
                    + "install the VPA recommender");
    static final ReadKind VPA_CHECKPOINTS = ReadKind.addOn("VerticalPodAutoscalerCheckpoint", "verticalpodautoscalercheckpoints",
            "autoscaling.k8s.io", "the VerticalPodAutoscalerCheckpoint CRD is not installed, so a VPA's history length is unknown "
                    + "(treated as under 7 days)");
    static final ReadKind FLUX_HELM_RELEASES = ReadKind.addOn("HelmRelease", "helmreleases", "helm.toolkit.fluxcd.io",
            "Flux's HelmRelease CRD (helm.toolkit.fluxcd.io) is not installed");
    static final ReadKind ARGO_APPLICATIONS = ReadKind.addOn("Application", "applications", "argoproj.io",
            "Argo CD's Application CRD (argoproj.io/v1alpha1) is not installed");

    private ReadKinds() {
    }
}
