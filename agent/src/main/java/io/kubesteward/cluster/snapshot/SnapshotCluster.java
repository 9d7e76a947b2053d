package io.kubesteward.cluster.snapshot;

import io.kubesteward.cluster.ClusterReader;
import io.kubesteward.cluster.ClusterUnavailable;
import io.kubesteward.cluster.NamespaceFilter;
import io.kubesteward.cluster.ReadOptions;
import io.kubesteward.model.ClusterInventory;
import java.nio.file.Path;

/**
 * A snapshot directory standing in for the live cluster ({@code --cluster DIR}), filtered by the same
 * namespace options. Helm release summaries in it are kept whatever the options say: a snapshot holds
 * no Secrets, only the metadata written when someone opted in.
 */
public final class SnapshotCluster implements ClusterReader {
    private final Path dir;

    public SnapshotCluster(Path dir) {
        this.dir = dir;
    }

    @Override
    public ClusterInventory read(ReadOptions options) throws ClusterUnavailable {
        try {
            return NamespaceFilter.apply(new SnapshotReader().read(dir), options);
        } catch (SnapshotInvalid invalid) {
            throw new ClusterUnavailable("Cannot read the cluster snapshot: " + invalid.getMessage(), invalid);
        }
    }
}
