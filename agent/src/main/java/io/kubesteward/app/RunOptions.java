package io.kubesteward.app;

import io.kubesteward.config.ForgeConfig;
import java.nio.file.Path;

/**
 * What {@code steward run} was given: an optional config file, and command-line overrides of the
 * repository (a clone URL, or a local checkout whose {@code origin} is used) and of the forge type;
 * {@code deliver} false stops after the plan; {@code cluster} is the cluster the command line asks
 * to read ({@link ClusterChoice#NONE}: only what the config's {@code cluster:} asks).
 */
public record RunOptions(Path config, Path rules, String repo, ForgeConfig.ForgeType forge, boolean deliver, ClusterChoice cluster) {
    public RunOptions {
        cluster = cluster == null ? ClusterChoice.NONE : cluster;
    }

    public RunOptions(Path config, Path rules, String repo, ForgeConfig.ForgeType forge, boolean deliver) {
        this(config, rules, repo, forge, deliver, ClusterChoice.NONE);
    }

    public RunOptions(Path config) {
        this(config, null, null, null, true);
    }

    public RunOptions(Path config, Path rules, String repo, ForgeConfig.ForgeType forge) {
        this(config, rules, repo, forge, true);
    }

    /** The same run, stopping after the plan (a scheduled {@code plan}: clone, plan, report, deliver nothing). */
    public RunOptions planOnly() {
        return new RunOptions(config, rules, repo, forge, false, cluster);
    }

    /** The same run, reading the cluster the command line names. */
    public RunOptions withCluster(ClusterChoice choice) {
        return new RunOptions(config, rules, repo, forge, deliver, choice);
    }
}
