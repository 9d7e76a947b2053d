package io.kubesteward.cluster;

/**
 * The cluster (or the snapshot standing in for it) cannot be read at all: no connection, bad
 * credentials, no kubeconfig, an unreadable snapshot. A systemic failure that ends the run; the
 * message says what failed, why, and what to try.
 */
public final class ClusterUnavailable extends Exception {
    private static final long serialVersionUID = 1L;

    public ClusterUnavailable(String message) {
        super(message);
    }

    public ClusterUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
