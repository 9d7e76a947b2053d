package io.kubesteward.cli;

import io.kubesteward.app.ClusterChoice;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The flags that make plan and run read a cluster: a snapshot, or the live cluster through a kubeconfig context. */
final class ClusterFlags {
    @Option(names = "--cluster", paramLabel = "DIR",
            description = "Read the cluster from a snapshot directory (written by steward snapshot) instead of the live cluster.")
    private Path snapshot;

    @Option(names = "--context", paramLabel = "NAME",
            description = "Read the live cluster through this kubeconfig context (overrides cluster.context in the config).")
    private String context;

    @Option(names = "--kubeconfig", paramLabel = "FILE",
            description = "The kubeconfig to read the live cluster with (default: KUBECONFIG, ~/.kube/config, else the in-cluster service account).")
    private Path kubeconfig;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS",
            description = "Read only this namespace of the cluster (repeat for more; replaces cluster.namespaces; alone, reads the live cluster).")
    private java.util.List<String> namespaces = new java.util.ArrayList<>();

    /** @throws IllegalArgumentException when a snapshot and the live cluster are both asked for */
    ClusterChoice choice() {
        return new ClusterChoice(snapshot, context, kubeconfig, namespaces);
    }
}
