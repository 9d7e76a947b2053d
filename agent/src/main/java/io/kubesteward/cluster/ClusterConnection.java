package io.kubesteward.cluster;

import java.nio.file.Path;

/**
 * How to reach the cluster: a kubeconfig file (null: {@code KUBECONFIG} or {@code ~/.kube/config},
 * else the in-cluster service account) and a context in it (null: its current context).
 */
public record ClusterConnection(Path kubeconfig, String context) {
    public static final ClusterConnection AUTO = new ClusterConnection(null, null);

    public static ClusterConnection context(String context) {
        return new ClusterConnection(null, context);
    }
}
