package io.kubesteward.app;

import java.nio.file.Path;

/**
 * What the user asked for: the repository, an optional folder of rule files, an optional config file,
 * and which cluster to read ({@link ClusterChoice#NONE}: only what the config's {@code cluster:} asks).
 */
public record PlanOptions(Path repo, Path rules, Path config, ClusterChoice cluster) {
    public PlanOptions {
        cluster = cluster == null ? ClusterChoice.NONE : cluster;
    }

    public PlanOptions(Path repo, Path rules, Path config) {
        this(repo, rules, config, ClusterChoice.NONE);
    }

    public PlanOptions(Path repo, Path config) {
        this(repo, null, config);
    }
}
