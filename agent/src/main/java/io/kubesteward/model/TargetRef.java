package io.kubesteward.model;

/** The object an autoscaler acts on ({@code scaleTargetRef} / {@code targetRef}): apiVersion, kind, name in the autoscaler's namespace. */
public record TargetRef(String apiVersion, String kind, String name) {
    /** Whether this points at the workload (same namespace assumed: autoscalers cannot cross namespaces). */
    public boolean targets(WorkloadRef workload) {
        return workload.kind().kind().equals(kind) && workload.name().equals(name);
    }
}
