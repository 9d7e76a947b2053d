package io.kubesteward.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A VerticalPodAutoscaler (autoscaling.k8s.io/v1): target, update mode (null means the default,
 * Auto), resource policy, the recommendation per container, conditions and creation time.
 */
public record Vpa(
        String namespace,
        String name,
        TargetRef target,
        String updateMode,
        List<VpaContainerPolicy> containerPolicies,
        List<VpaRecommendation> recommendations,
        List<StatusCondition> conditions,
        Instant createdAt) {

    public Vpa {
        ClusterCopies.required(namespace, "VPA namespace");
        ClusterCopies.required(name, "VPA name");
        containerPolicies = ClusterCopies.list(containerPolicies);
        recommendations = ClusterCopies.list(recommendations);
        conditions = ClusterCopies.list(conditions);
    }

    public Optional<VpaRecommendation> recommendation(String container) {
        return recommendations.stream().filter(r -> r.containerName().equals(container)).findFirst();
    }

    public Optional<StatusCondition> condition(String type) {
        return conditions.stream().filter(c -> c.type().equals(type)).findFirst();
    }

    /** The policy for a container: its own entry, else the {@code *} entry. */
    public Optional<VpaContainerPolicy> policy(String container) {
        return containerPolicies.stream().filter(p -> p.containerName().equals(container)).findFirst()
                .or(() -> containerPolicies.stream().filter(p -> p.containerName().equals("*")).findFirst());
    }
}
