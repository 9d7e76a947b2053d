package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What the namespace and the cluster allow a container: the LimitRange's per-container
 * {@code min}/{@code max}/{@code default}/{@code defaultRequest}/{@code maxLimitRequestRatio}, the
 * ResourceQuota's headroom (hard − used) for {@code requests.*} and {@code limits.*}, and the
 * allocatable of the largest node. A missing entry means no such constraint.
 */
public record Constraints(
        Map<Resource, Quantity> limitRangeMin,
        Map<Resource, Quantity> limitRangeMax,
        Map<Resource, Quantity> limitRangeDefaultLimit,
        Map<Resource, Quantity> limitRangeDefaultRequest,
        Map<Resource, BigDecimal> maxLimitRequestRatio,
        Map<Resource, Quantity> quotaRequestsHeadroom,
        Map<Resource, Quantity> quotaLimitsHeadroom,
        Map<Resource, Quantity> largestNodeAllocatable) {

    public static final Constraints NONE = new Constraints(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    public Constraints {
        limitRangeMin = copy(limitRangeMin);
        limitRangeMax = copy(limitRangeMax);
        limitRangeDefaultLimit = copy(limitRangeDefaultLimit);
        limitRangeDefaultRequest = copy(limitRangeDefaultRequest);
        maxLimitRequestRatio = copy(maxLimitRequestRatio);
        quotaRequestsHeadroom = copy(quotaRequestsHeadroom);
        quotaLimitsHeadroom = copy(quotaLimitsHeadroom);
        largestNodeAllocatable = copy(largestNodeAllocatable);
    }

    private static <V> Map<Resource, V> copy(Map<Resource, V> map) {
        return ByResource.copy(map);
    }

    public Constraints withQuotaHeadroom(Map<Resource, Quantity> requests, Map<Resource, Quantity> limits) {
        return new Constraints(limitRangeMin, limitRangeMax, limitRangeDefaultLimit, limitRangeDefaultRequest, maxLimitRequestRatio,
                requests, limits, largestNodeAllocatable);
    }

    public Constraints withLimitRange(Map<Resource, Quantity> min, Map<Resource, Quantity> max) {
        return new Constraints(min, max, limitRangeDefaultLimit, limitRangeDefaultRequest, maxLimitRequestRatio,
                quotaRequestsHeadroom, quotaLimitsHeadroom, largestNodeAllocatable);
    }

    public Constraints withLargestNode(Map<Resource, Quantity> allocatable) {
        return new Constraints(limitRangeMin, limitRangeMax, limitRangeDefaultLimit, limitRangeDefaultRequest, maxLimitRequestRatio,
                quotaRequestsHeadroom, quotaLimitsHeadroom, allocatable);
    }
}
