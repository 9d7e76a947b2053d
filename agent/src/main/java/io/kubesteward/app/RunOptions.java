package io.kubesteward.app;

import io.kubesteward.config.ForgeConfig;
import java.nio.file.Path;

/**
 * What {@code steward run} was given: an optional config file, and command-line overrides of the
 * repository (a clone URL, or a local checkout whose {@code origin} is used) and of the forge type.
 */
public record RunOptions(Path config, Path rules, String repo, ForgeConfig.ForgeType forge) {
    public RunOptions(Path config) {
        this(config, null, null, null);
    }
}
