package io.kubesteward.analysis;

import io.kubesteward.model.ApiRemoval;
import java.util.List;

/**
 * Both versions rendered for the same release, for the Kubernetes version {@code kubeVersion} ({@code kubeSource}
 * says where Steward learnt it), the API removals the new render is checked against, and what the renders left out.
 */
public record Renders(Rendered from, Rendered to, String kubeVersion, String kubeSource, List<ApiRemoval> removals, List<String> leftOut) {
    /** @param leftOut what the renders could not include (dependency charts an archive does not bundle), in words */
    public Renders {
        removals = List.copyOf(removals);
        leftOut = List.copyOf(leftOut);
    }
}
