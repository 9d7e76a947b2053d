package io.kubesteward.versioning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A version constraint as Helm 3 reads it (Masterminds/semver v3 {@code NewConstraint}): groups of
 * comparisons joined by {@code ||}, each satisfied when all its comparisons are. A bare version is a
 * constraint too: {@code 1.2.3} means exactly 1.2.3, {@code 1.2} means 1.2.x.
 *
 * @param original the text as given
 * @param alternatives the {@code ||}-separated groups, at least one
 */
public record VersionConstraint(String original, List<ConstraintGroup> alternatives) {

    public VersionConstraint {
        Objects.requireNonNull(original, "original");
        alternatives = List.copyOf(alternatives);
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("a constraint needs at least one group");
        }
    }

    /** Parses {@code text}; throws {@link IllegalArgumentException} saying what is wrong with it. */
    public static VersionConstraint parse(String text) {
        return ConstraintParser.parse(text);
    }

    /** Parses {@code text}, or returns empty when Helm would reject it. */
    public static Optional<VersionConstraint> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean isSatisfiedBy(SemanticVersion version) {
        return alternatives.stream().anyMatch(group -> group.admits(version));
    }

    /**
     * True when this admits exactly one version (up to build metadata): a single full version with
     * {@code =} or no operator, such as {@code 1.2.3}, {@code v1.2.3} or {@code =1.2.3-rc.1}.
     */
    public boolean pinsOneVersion() {
        if (alternatives.size() != 1 || alternatives.get(0).comparisons().size() != 1) {
            return false;
        }
        Comparison only = alternatives.get(0).comparisons().get(0);
        return only.operator() == ComparisonOperator.EQUAL && only.precision() == BoundPrecision.PATCH;
    }

    @Override
    public String toString() {
        return original;
    }
}
