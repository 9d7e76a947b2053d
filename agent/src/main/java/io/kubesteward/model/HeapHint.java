package io.kubesteward.model;

/**
 * Evidence that a container runs a managed-heap runtime, whose memory use follows its own settings
 * rather than demand: {@code runtime} is jvm, go or node; {@code evidence} names where it was seen
 * (e.g. "env JAVA_TOOL_OPTIONS sets -XX:MaxRAMPercentage"), never a whole value.
 */
public record HeapHint(String runtime, String evidence) {
    public HeapHint {
        ClusterCopies.required(runtime, "heap hint runtime");
        ClusterCopies.required(evidence, "heap hint evidence");
    }
}
