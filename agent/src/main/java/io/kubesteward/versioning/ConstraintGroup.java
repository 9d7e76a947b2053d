package io.kubesteward.versioning;

import java.util.List;

/**
 * Comparisons joined by AND (a comma or whitespace): one side of an {@code ||}.
 *
 * <p>Pre-release rule (Masterminds v3.3+): a pre-release version can pass only a group in which at
 * least one comparison names a pre-release; then every comparison of the group considers
 * pre-releases. So {@code >=1.0.0-0 <2.0.0} admits 1.5.0-beta while {@code >=1.0.0 <2.0.0} does not.
 */
public record ConstraintGroup(List<Comparison> comparisons) {

    public ConstraintGroup {
        comparisons = List.copyOf(comparisons);
        if (comparisons.isEmpty()) {
            throw new IllegalArgumentException("a constraint group needs at least one comparison");
        }
    }

    public boolean namesPreRelease() {
        return comparisons.stream().anyMatch(comparison -> comparison.bound().isPreRelease());
    }

    public boolean admits(SemanticVersion version) {
        boolean includePreReleases = namesPreRelease();
        return comparisons.stream().allMatch(comparison -> comparison.admits(version, includePreReleases));
    }
}
