package io.kubesteward.versioning;

import io.kubesteward.model.UpdateType;
import java.util.Comparator;

/**
 * Versions and constraints exactly as Helm 3 reads them (Masterminds/semver v3): chart versions,
 * {@code Chart.yaml} dependency ranges, and the ranges Flux and Argo CD pass through to Helm.
 */
public final class HelmVersioning implements VersionScheme {

    public static final String ID = "helm";

    private static final Comparator<String> LOWEST_FIRST =
            Comparator.comparing(SemanticVersion::parse, SemverPrecedence.INSTANCE);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean isValid(String version) {
        return SemanticVersion.tryParse(version).isPresent();
    }

    @Override
    public boolean isStable(String version) {
        return SemanticVersion.tryParse(version).map(parsed -> !parsed.isPreRelease()).orElse(false);
    }

    /**
     * True for a valid constraint that admits more than one version. A partial version counts:
     * Helm reads {@code 1.2} as 1.2.x, although {@link #isValid} also accepts it as the version
     * 1.2.0. A full version, with or without {@code v} or {@code =}, is a pin, not a constraint.
     */
    @Override
    public boolean isConstraint(String text) {
        return VersionConstraint.tryParse(text).map(constraint -> !constraint.pinsOneVersion()).orElse(false);
    }

    /** True for anything Helm accepts as a constraint, a single version included. */
    @Override
    public boolean isValidConstraint(String constraint) {
        return VersionConstraint.tryParse(constraint).isPresent();
    }

    /**
     * False when {@code version} is not a valid version, as Helm skips such chart versions when it
     * resolves a range; an invalid {@code constraint} is the caller's error and throws
     * {@link IllegalArgumentException}.
     */
    @Override
    public boolean satisfies(String version, String constraint) {
        VersionConstraint parsed = VersionConstraint.parse(constraint);
        return SemanticVersion.tryParse(version).map(parsed::isSatisfiedBy).orElse(false);
    }

    /**
     * Semver precedence, lowest first; versions of equal precedence ({@code 1.2} and {@code 1.2.0},
     * or differing only in build metadata) compare as 0. Throws {@link IllegalArgumentException} for
     * an invalid version.
     */
    @Override
    public Comparator<String> comparator() {
        return LOWEST_FIRST;
    }

    /**
     * MAJOR when the major numbers differ, MINOR when the minor numbers do, else PATCH (also for a
     * pre-release moving to its release). Plain semver: a 0.x minor bump is MINOR even though Helm's
     * caret treats it as breaking; the policy layer decides what that means.
     */
    @Override
    public UpdateType updateType(String from, String to) {
        SemanticVersion older = SemanticVersion.parse(from);
        SemanticVersion newer = SemanticVersion.parse(to);
        if (older.major() != newer.major()) {
            return UpdateType.MAJOR;
        }
        if (older.minor() != newer.minor()) {
            return UpdateType.MINOR;
        }
        return UpdateType.PATCH;
    }
}
