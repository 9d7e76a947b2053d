package io.kubesteward.model;

import java.util.List;

/** A HorizontalPodAutoscaler (autoscaling/v2): what it scales, between which bounds, on which metrics. */
public record Hpa(String namespace, String name, TargetRef target, Integer minReplicas, Integer maxReplicas,
        Integer currentReplicas, List<HpaMetric> metrics) {

    public Hpa {
        ClusterCopies.required(namespace, "HPA namespace");
        ClusterCopies.required(name, "HPA name");
        metrics = ClusterCopies.list(metrics);
    }

    public boolean scalesOn(String resource) {
        return metrics.stream().anyMatch(m -> m.onResource(resource));
    }
}
