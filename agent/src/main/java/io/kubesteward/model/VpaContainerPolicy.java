package io.kubesteward.model;

import java.util.List;
import java.util.Map;

/**
 * One {@code spec.resourcePolicy.containerPolicies[]} entry of a VPA ({@code containerName} may be
 * {@code *}): mode (Auto/Off), min/max allowed quantities, controlled resources and values.
 */
public record VpaContainerPolicy(
        String containerName,
        String mode,
        Map<String, String> minAllowed,
        Map<String, String> maxAllowed,
        List<String> controlledResources,
        String controlledValues) {

    public VpaContainerPolicy {
        ClusterCopies.required(containerName, "VPA container policy name");
        minAllowed = ClusterCopies.map(minAllowed);
        maxAllowed = ClusterCopies.map(maxAllowed);
        controlledResources = ClusterCopies.list(controlledResources);
    }
}
