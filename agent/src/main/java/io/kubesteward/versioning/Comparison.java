package io.kubesteward.versioning;

import java.util.Objects;

/**
 * One comparison of a constraint, such as {@code >= 1.2} or {@code 1.x}.
 *
 * @param operator the operator, {@link ComparisonOperator#EQUAL} when none was written
 * @param bound the version compared against, wildcards and missing segments read as 0 (and any
 *     pre-release kept), so {@code 1.2.x-beta} has the bound 1.2.0-beta
 * @param precision how much of {@code bound} was written
 * @param text the comparison as written, for messages
 */
public record Comparison(ComparisonOperator operator, SemanticVersion bound, BoundPrecision precision, String text) {

    public Comparison {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(text, "text");
    }

    /** True when {@code version} passes this comparison; {@code includePreReleases} comes from its group. */
    boolean admits(SemanticVersion version, boolean includePreReleases) {
        return ComparisonMatcher.admits(this, version, includePreReleases);
    }
}
