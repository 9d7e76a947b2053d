package io.kubesteward.model;

import java.util.List;

/** A namespace's LimitRange: floors, caps and defaults for containers and pods. */
public record LimitRange(String namespace, String name, List<LimitRangeItem> items) {
    public LimitRange {
        ClusterCopies.required(namespace, "LimitRange namespace");
        ClusterCopies.required(name, "LimitRange name");
        items = ClusterCopies.list(items);
    }
}
