package io.kubesteward.model;

/**
 * One metric an autoscaling/v2 HPA scales on. {@code type} is Resource, ContainerResource, Pods,
 * Object or External; {@code resource} (cpu, memory) and {@code container} only for the resource
 * types; {@code targetType} is Utilization, AverageValue or Value with its {@code target} as written.
 */
public record HpaMetric(String type, String resource, String container, String targetType, String target) {
    public HpaMetric {
        ClusterCopies.required(type, "HPA metric type");
    }

    /** Whether this metric is driven by the requests of the given resource (cpu, memory). */
    public boolean onResource(String name) {
        return ("Resource".equals(type) || "ContainerResource".equals(type)) && name.equals(resource);
    }
}
