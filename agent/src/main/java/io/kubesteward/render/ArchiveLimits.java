package io.kubesteward.render;

/**
 * How much of a chart archive Steward reads: Helm's own bounds (100 MiB decoded in all, 5 MiB a
 * file, since 3.17.3) and a file count, so that a crafted archive costs a bounded amount of memory.
 */
public record ArchiveLimits(long maxCompressedBytes, long maxTotalBytes, long maxFileBytes, int maxFiles) {
    public static final ArchiveLimits HELM = new ArchiveLimits(20L << 20, 100L << 20, 5L << 20, 10_000);

    public ArchiveLimits {
        if (maxCompressedBytes <= 0 || maxTotalBytes <= 0 || maxFileBytes <= 0 || maxFiles <= 0) {
            throw new IllegalArgumentException("archive limits must be positive");
        }
    }
}
