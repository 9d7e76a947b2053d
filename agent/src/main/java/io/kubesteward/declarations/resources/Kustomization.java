package io.kubesteward.declarations.resources;

import java.util.List;

/**
 * What a kustomization file says about how it builds: its folder, the {@code namespace:} it sets
 * (null when none), its {@code resources:} (files and folders, as repository paths; remote ones left
 * out) and its strategic-merge patch files ({@code patches[].path} and {@code patchesStrategicMerge}).
 */
record Kustomization(String file, String folder, String namespace, List<String> resources, List<String> patches) {
    Kustomization {
        resources = List.copyOf(resources);
        patches = List.copyOf(patches);
    }
}
