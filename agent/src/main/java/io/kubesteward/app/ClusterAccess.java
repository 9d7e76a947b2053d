package io.kubesteward.app;

import io.kubesteward.cluster.ClusterConnection;
import io.kubesteward.cluster.ClusterUnavailable;
import io.kubesteward.cluster.ReadOptions;
import io.kubesteward.cluster.fabric8.Fabric8ClusterReader;
import io.kubesteward.cluster.snapshot.SnapshotCluster;
import io.kubesteward.config.ClusterConfig;
import io.kubesteward.model.ClusterInventory;
import io.kubesteward.pipeline.Progress;
import java.time.Clock;

/**
 * Reads the cluster once for a run, when the command line or the config asks for it: a snapshot, or
 * the live cluster (the command line's context over the config's, else the kubeconfig's current one,
 * else the in-cluster service account). The config's namespace settings apply to both; {@code -n} replaces its list.
 */
final class ClusterAccess {
    private ClusterAccess() {
    }

    /** Null when nothing asks for a cluster. */
    static ClusterInventory read(ClusterChoice choice, ClusterConfig config, Clock clock, Progress progress) throws ClusterUnavailable {
        ReadOptions options = options(config);
        if (!choice.namespaces().isEmpty()) {
            options = new ReadOptions(choice.namespaces(), options.excludeNamespaces(), options.helmReleaseSecrets());
        }
        if (choice.snapshot() != null) {
            progress.step("reading the cluster snapshot " + choice.snapshot());
            return new SnapshotCluster(choice.snapshot()).read(options);
        }
        if (!choice.live() && config == null) {
            return null;
        }
        String context = choice.context() != null ? choice.context() : config == null ? null : config.context();
        progress.step("reading the cluster" + (context == null ? "" : " (context " + context + ")"));
        try (Fabric8ClusterReader reader = Fabric8ClusterReader.connect(
                new ClusterConnection(choice.kubeconfig(), context, config == null ? null : config.requestTimeout()), clock)) {
            return reader.read(options);
        }
    }

    static ReadOptions options(ClusterConfig config) {
        return config == null ? ReadOptions.ALL
                : new ReadOptions(config.namespacesOrAll(), config.excludedNamespaces(), config.readsHelmReleaseSecrets());
    }
}
