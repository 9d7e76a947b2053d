package io.kubesteward.planning.rightsizing;

import io.kubesteward.rightsizing.Prices;
import io.kubesteward.rightsizing.RightsizingSettings;
import io.kubesteward.rightsizing.SettingsOverride;
import java.util.List;

/** The rightsizing policy of a run, as the rules files give it: the settings, the overrides in file order, and the prices. */
public record RightsizingInputs(RightsizingSettings settings, List<SettingsOverride> overrides, Prices prices) {
    public RightsizingInputs {
        if (settings == null || prices == null) {
            throw new IllegalArgumentException("rightsizing needs its settings and prices");
        }
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }
}
