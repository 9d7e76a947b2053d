package io.kubesteward.rightsizing;

/**
 * Evidence that a container's runtime sizes its own heap (JVM {@code -Xmx}/{@code MaxRAMPercentage},
 * {@code GOMEMLIMIT}, Node's {@code --max-old-space-size}): its memory use follows that setting, not
 * demand. {@code runtime} is e.g. jvm, go or node; {@code evidence} says where it was seen.
 */
public record ManagedHeap(String runtime, String evidence) {
    public ManagedHeap {
        if (runtime == null || evidence == null) {
            throw new IllegalArgumentException("a managed heap needs a runtime and the evidence for it");
        }
    }
}
