package io.kubesteward.model;

import java.util.Map;

/** A VPA's {@code status.recommendation.containerRecommendations[]} entry; each map holds quantity strings by resource. */
public record VpaRecommendation(
        String containerName,
        Map<String, String> target,
        Map<String, String> lowerBound,
        Map<String, String> upperBound,
        Map<String, String> uncappedTarget) {

    public VpaRecommendation {
        ClusterCopies.required(containerName, "VPA recommendation container name");
        target = ClusterCopies.map(target);
        lowerBound = ClusterCopies.map(lowerBound);
        upperBound = ClusterCopies.map(upperBound);
        uncappedTarget = ClusterCopies.map(uncappedTarget);
    }
}
