package io.kubesteward.model;

import java.time.Instant;

/**
 * A VerticalPodAutoscalerCheckpoint (one per VPA and container): how long and how densely the
 * recommender has sampled, and the highest non-empty bucket of each decayed histogram (bucket i
 * starts at first × (1.05^i − 1)/0.05, first = 0.01 core or 1e7 bytes); null when the histogram is
 * empty. Enough to judge a young VPA and to estimate the memory peak.
 */
public record VpaCheckpoint(
        String namespace,
        String name,
        String vpaName,
        String containerName,
        Instant firstSampleStart,
        Instant lastSampleStart,
        long totalSamplesCount,
        Integer highestCpuBucket,
        Integer highestMemoryBucket) {

    public VpaCheckpoint {
        ClusterCopies.required(namespace, "VPA checkpoint namespace");
        ClusterCopies.required(name, "VPA checkpoint name");
    }
}
