package io.kubesteward.app;

import java.nio.file.Path;

/**
 * Which cluster the command line asks to read: a snapshot directory ({@code --cluster DIR}), or the
 * live cluster through a kubeconfig context ({@code --context}, {@code --kubeconfig}). {@link #NONE}
 * leaves it to the config's {@code cluster:} section; without that, no cluster is read.
 */
public record ClusterChoice(Path snapshot, String context, Path kubeconfig) {
    public static final ClusterChoice NONE = new ClusterChoice(null, null, null);

    public ClusterChoice {
        if (snapshot != null && (context != null || kubeconfig != null)) {
            throw new IllegalArgumentException("--cluster reads a snapshot instead of the live cluster; leave out --context and "
                    + "--kubeconfig, or drop --cluster");
        }
    }

    public static ClusterChoice snapshot(Path dir) {
        return new ClusterChoice(dir, null, null);
    }

    /** The live cluster was asked for on the command line. */
    boolean live() {
        return context != null || kubeconfig != null;
    }
}
