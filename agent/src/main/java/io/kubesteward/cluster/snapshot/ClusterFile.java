package io.kubesteward.cluster.snapshot;

import io.kubesteward.model.ClusterNode;
import io.kubesteward.model.ClusterOrigin;
import io.kubesteward.model.ServerVersion;
import io.kubesteward.model.UnreadableResource;
import java.util.List;

/** {@code cluster.yaml}: what is cluster-wide, and what could not be read. */
record ClusterFile(String apiVersion, String kind, ClusterOrigin origin, ServerVersion serverVersion, List<ClusterNode> nodes,
        List<UnreadableResource> unreadable) {

    static final String KIND = "ClusterSnapshot";

    ClusterFile {
        nodes = nodes == null ? List.of() : nodes;
        unreadable = unreadable == null ? List.of() : unreadable;
    }
}
