package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The facts behind a container's numbers, as the PR shows them: the VPA's T/L/U/UT, conf (days;
 * null when unknown) and how it was known, PeakEst and where it came from, OOM kills in the lookback,
 * restarts, HPA resources, the managed-heap evidence and the replicas used for prices.
 */
public record Evidence(
        Map<Resource, Recommendation> vpa,
        BigDecimal confidenceDays,
        String confidenceSource,
        Quantity peakEstimate,
        String peakSource,
        int oomKillsInLookback,
        Instant lastOomKill,
        int restarts,
        Set<Resource> hpaResources,
        ManagedHeap heap,
        int replicas) {

    public Evidence {
        vpa = ByResource.copy(vpa);
        hpaResources = hpaResources == null ? Set.of() : Set.copyOf(hpaResources);
    }
}
