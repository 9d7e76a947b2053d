package io.kubesteward.cluster;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to reach the cluster: a kubeconfig file (null: {@code KUBECONFIG} or {@code ~/.kube/config},
 * else the in-cluster service account), a context in it (null: its current context), and how long
 * one request may take (null: {@link #DEFAULT_TIMEOUT}).
 */
public record ClusterConnection(Path kubeconfig, String context, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final ClusterConnection AUTO = new ClusterConnection(null, null);

    public ClusterConnection {
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    }

    public ClusterConnection(Path kubeconfig, String context) {
        this(kubeconfig, context, null);
    }

    public static ClusterConnection context(String context) {
        return new ClusterConnection(null, context);
    }
}
