package io.kubesteward.app;

import io.kubesteward.addons.AddonCatalogue;
import io.kubesteward.addons.AddonDefinition;
import io.kubesteward.config.AddonConfig;
import java.util.List;

/** The merged {@code addons:} of the configuration, as the catalogue the pipeline looks for. */
final class AddonCatalogues {
    private AddonCatalogues() {
    }

    static AddonCatalogue from(List<AddonConfig> addons) {
        return new AddonCatalogue(addons.stream().map(AddonCatalogues::definition).toList());
    }

    private static AddonDefinition definition(AddonConfig a) {
        return new AddonDefinition(a.name(), a.description(), a.images(), a.labels(), a.charts(), a.versionLabel(),
                a.chart() == null ? null : AddonDefinition.chart(a.chart().repository(), a.chart().name()),
                AddonDefinition.image(a.image()), a.versionsFollowServer(), a.advice());
    }
}
