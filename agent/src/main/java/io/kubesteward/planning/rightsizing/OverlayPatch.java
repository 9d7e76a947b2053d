package io.kubesteward.planning.rightsizing;

import java.util.List;
import java.util.Map;

/**
 * A strategic-merge patch file to add to the kustomization in {@code overlay} (its {@code patches:}),
 * because only a base other overlays share sets the values: the workload it patches and, per
 * container, the values to write ({@code requests.cpu} → {@code 500m}). {@code previous} holds, by
 * the same keys ({@code container/field}), the values the base declares now.
 */
public record OverlayPatch(String overlay, String file, String apiVersion, String kind, String name,
                           Map<String, Map<String, String>> containers, Map<String, ValueChange> previous) {
    public OverlayPatch {
        containers = Map.copyOf(containers);
        previous = Map.copyOf(previous);
    }

    /** The containers in a stable order. */
    public List<String> containerNames() {
        return containers.keySet().stream().sorted().toList();
    }
}
