package io.kubesteward.versioning;

import io.kubesteward.model.UpdateType;
import java.util.Comparator;

/** How the versions of one ecosystem compare. Pure; implementations are stateless. */
public interface VersionScheme {
    String id();

    /** True when {@code version} is a single version this scheme understands. */
    boolean isValid(String version);

    /** True when {@code version} is valid and not a pre-release. */
    boolean isStable(String version);

    /** True when {@code text} is a range/constraint (such as {@code ^1.2}, {@code >=1 <2}, {@code 1.x}) rather than one version. */
    boolean isConstraint(String text);

    /** True when {@code constraint} is valid syntax for this scheme. */
    boolean isValidConstraint(String constraint);

    /** True when the valid {@code version} satisfies {@code constraint}. */
    boolean satisfies(String version, String constraint);

    /**
     * True when the valid {@code version} may replace {@code current}. Docker tags move only within
     * their variant ({@code -alpine} to {@code -alpine}); other schemes accept every valid version.
     */
    default boolean isCompatible(String version, String current) {
        return true;
    }

    /** Orders valid versions, lowest first. */
    Comparator<String> comparator();

    /** How far {@code from} moves to reach the higher {@code to}. */
    UpdateType updateType(String from, String to);
}
