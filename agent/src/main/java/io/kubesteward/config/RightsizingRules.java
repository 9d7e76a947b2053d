package io.kubesteward.config;

import io.kubesteward.rightsizing.Prices;
import io.kubesteward.rightsizing.RightsizingSettings;
import io.kubesteward.rightsizing.SettingsOverride;
import java.util.List;

/**
 * The rightsizing policy after every {@code rightsizing/} rules file: settings laid over
 * RIGHTSIZING.md's defaults in file order, every override in file order, and the prices (each field
 * from the last file that sets it). {@code sources} names the files read, in order.
 */
public record RightsizingRules(RightsizingSettings settings, List<SettingsOverride> overrides, Prices prices, List<String> sources) {
    public RightsizingRules {
        overrides = List.copyOf(overrides);
        sources = List.copyOf(sources);
    }
}
