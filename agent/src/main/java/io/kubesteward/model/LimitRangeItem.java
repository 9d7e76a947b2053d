package io.kubesteward.model;

import java.util.Map;

/** One {@code spec.limits[]} entry of a LimitRange (type Container, Pod or PersistentVolumeClaim), quantities as written. */
public record LimitRangeItem(
        String type,
        Map<String, String> min,
        Map<String, String> max,
        Map<String, String> defaultLimits,
        Map<String, String> defaultRequests,
        Map<String, String> maxLimitRequestRatio) {

    public LimitRangeItem {
        min = ClusterCopies.map(min);
        max = ClusterCopies.map(max);
        defaultLimits = ClusterCopies.map(defaultLimits);
        defaultRequests = ClusterCopies.map(defaultRequests);
        maxLimitRequestRatio = ClusterCopies.map(maxLimitRequestRatio);
    }
}
