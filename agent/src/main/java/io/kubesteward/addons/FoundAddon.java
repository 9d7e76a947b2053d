package io.kubesteward.addons;

import java.util.List;

/**
 * An add-on seen in one namespace of the cluster, with every version the cluster shows for it: the
 * chart version (Flux or Argo CD status, a Helm release, or the {@code helm.sh/chart} label; null when
 * none), the image it runs (the first recognised container; null when none), and the version its
 * {@code versionLabel} says. {@code evidence} names the objects it was recognised by.
 */
public record FoundAddon(
        AddonDefinition definition,
        String namespace,
        String chart,
        String chartVersion,
        ImageName image,
        String labelVersion,
        List<String> evidence) {

    public FoundAddon {
        evidence = List.copyOf(evidence);
    }

    public String name() {
        return definition.name();
    }
}
