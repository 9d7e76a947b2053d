package io.kubesteward.addons;

import io.kubesteward.model.Declaration;
import java.util.List;

/**
 * Which of several declarations of the same chart or image is the one this cluster runs. A repository
 * often declares one per cluster or environment; without a way to tell them apart, no drift is claimed.
 */
final class DriftCandidates {
    private DriftCandidates() {
    }

    /**
     * The declarations that drifted from {@code running}: those matching the version the cluster's own
     * spec asks for ({@code spec}, may be null), else all of them when they agree on one version.
     * Empty when one of them declares what runs, or when they disagree and nothing tells which applies.
     */
    static List<Declaration> drifted(List<Declaration> candidates, String spec, String running) {
        List<Declaration> exact = candidates.stream().filter(d -> Versions.exact(d.currentValue())).toList();
        if (exact.isEmpty() || running == null) {
            return List.of();
        }
        if (spec != null) {
            List<Declaration> bySpec = exact.stream().filter(d -> Versions.same(d.currentValue(), spec)).toList();
            if (!bySpec.isEmpty()) {
                return Versions.same(spec, running) ? List.of() : bySpec;
            }
        }
        if (exact.stream().anyMatch(d -> Versions.same(d.currentValue(), running))) {
            return List.of();
        }
        String first = exact.get(0).currentValue();
        return exact.stream().allMatch(d -> Versions.same(d.currentValue(), first)) ? exact : List.of();
    }
}
