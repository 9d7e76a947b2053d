package io.kubesteward.model;

import java.util.Map;

/**
 * A container's {@code resources} as written (cpu, memory, ephemeral-storage, ...): quantity
 * strings such as {@code 500m} or {@code 262144k}, parsed only where they are used.
 */
public record ContainerResources(Map<String, String> requests, Map<String, String> limits) {
    public static final ContainerResources NONE = new ContainerResources(Map.of(), Map.of());

    public ContainerResources {
        requests = ClusterCopies.map(requests);
        limits = ClusterCopies.map(limits);
    }

    /** The request for a resource name such as {@code cpu}, or null when none is set. */
    public String request(String resource) {
        return requests.get(resource);
    }

    public String limit(String resource) {
        return limits.get(resource);
    }
}
