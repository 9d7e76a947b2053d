package io.kubesteward.app;

import java.nio.file.Path;
import java.util.List;

/**
 * Which cluster the command line asks to read: a snapshot directory ({@code --cluster DIR}), or the
 * live cluster through a kubeconfig context ({@code --context}, {@code --kubeconfig}, or only
 * {@code -n}, as kubectl does). {@code namespaces} ({@code -n}, empty: as the config says) replace
 * the config's {@code cluster.namespaces} for either. {@link #NONE} leaves it to the config's
 * {@code cluster:} section; without that, no cluster is read.
 */
public record ClusterChoice(Path snapshot, String context, Path kubeconfig, List<String> namespaces) {
    public static final ClusterChoice NONE = new ClusterChoice(null, null, null);

    public ClusterChoice {
        namespaces = namespaces == null ? List.of() : List.copyOf(namespaces);
        for (String ns : namespaces) {
            if (!io.kubesteward.config.ClusterConfig.isNamespaceName(ns)) {
                throw new IllegalArgumentException("-n '" + ns + "' is not a namespace name (lower-case letters, digits and '-', at most "
                        + "63 characters); repeat -n for several namespaces");
            }
        }
        if (snapshot != null && (context != null || kubeconfig != null)) {
            throw new IllegalArgumentException("--cluster reads a snapshot instead of the live cluster; leave out --context and "
                    + "--kubeconfig, or drop --cluster");
        }
    }

    public ClusterChoice(Path snapshot, String context, Path kubeconfig) {
        this(snapshot, context, kubeconfig, List.of());
    }

    public static ClusterChoice snapshot(Path dir) {
        return new ClusterChoice(dir, null, null);
    }

    /** The live cluster was asked for on the command line. */
    boolean live() {
        return snapshot == null && (context != null || kubeconfig != null || !namespaces.isEmpty());
    }
}
