package io.kubesteward.app;

import io.kubesteward.config.ForgeConfig;
import java.nio.file.Path;

/**
 * What {@code steward run} was given: an optional config file, and command-line overrides of the
 * repository (a clone URL, or a local checkout whose {@code origin} is used) and of the forge type;
 * {@code deliver} false stops after the plan.
 */
public record RunOptions(Path config, Path rules, String repo, ForgeConfig.ForgeType forge, boolean deliver) {
    public RunOptions(Path config) {
        this(config, null, null, null, true);
    }

    public RunOptions(Path config, Path rules, String repo, ForgeConfig.ForgeType forge) {
        this(config, rules, repo, forge, true);
    }

    /** The same run, stopping after the plan (a scheduled {@code plan}: clone, plan, report, deliver nothing). */
    public RunOptions planOnly() {
        return new RunOptions(config, rules, repo, forge, false);
    }
}
