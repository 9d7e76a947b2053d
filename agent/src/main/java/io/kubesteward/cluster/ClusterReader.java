package io.kubesteward.cluster;

import io.kubesteward.model.ClusterInventory;

/**
 * Reads the cluster as model records, never writing to it. A kind that cannot be read (forbidden,
 * not installed) becomes an {@code unreadable} entry of the inventory and the read goes on; only a
 * cluster that cannot be reached at all throws.
 */
public interface ClusterReader {
    ClusterInventory read(ReadOptions options) throws ClusterUnavailable;
}
