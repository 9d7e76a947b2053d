package io.kubesteward.addons;

import java.util.List;

/** The add-ons Steward looks for, in catalogue order (the shipped {@code rules/addons.yaml}, then the user's). */
public record AddonCatalogue(List<AddonDefinition> addons) {
    public static final AddonCatalogue EMPTY = new AddonCatalogue(List.of());

    public AddonCatalogue {
        addons = List.copyOf(addons);
    }
}
