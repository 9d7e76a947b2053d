package io.kubesteward.versioning;

/**
 * The check functions of Masterminds/semver v3 ({@code constraintTilde}, {@code constraintCaret}
 * and friends), branch for branch, quirks included: Steward must agree with what Helm resolves, not
 * with what the operators ought to mean.
 */
final class ComparisonMatcher {

    private ComparisonMatcher() {}

    static boolean admits(Comparison comparison, SemanticVersion version, boolean includePreReleases) {
        if (version.isPreRelease() && !includePreReleases) {
            return false;
        }
        SemanticVersion bound = comparison.bound();
        BoundPrecision precision = comparison.precision();
        return switch (comparison.operator()) {
            case EQUAL -> precision == BoundPrecision.PATCH
                    ? compare(version, bound) == 0
                    : tilde(version, bound, precision);
            case NOT_EQUAL -> notEqual(version, bound, precision);
            case GREATER -> greater(version, bound, precision);
            case LESS -> compare(version, bound) < 0;
            case GREATER_OR_EQUAL -> compare(version, bound) >= 0;
            case LESS_OR_EQUAL -> lessOrEqual(version, bound, precision);
            case TILDE -> tilde(version, bound, precision);
            case CARET -> caret(version, bound, precision);
        };
    }

    private static boolean notEqual(SemanticVersion version, SemanticVersion bound, BoundPrecision precision) {
        if (precision != BoundPrecision.PATCH) {
            if (version.major() != bound.major()) {
                return true;
            }
            if (version.minor() != bound.minor() && precision != BoundPrecision.MAJOR) {
                return true;
            } else if (precision == BoundPrecision.MAJOR) {
                return false;
            } else if (version.patch() != bound.patch() && precision != BoundPrecision.MINOR) {
                return true;
            } else if (precision == BoundPrecision.MINOR) {
                if (version.isPreRelease() || bound.isPreRelease()) {
                    return SemverPrecedence.comparePreRelease(version.preRelease(), bound.preRelease()) != 0;
                }
                return false;
            }
            // NONE (such as != *) falls through to plain inequality with 0.0.0.
        }
        return compare(version, bound) != 0;
    }

    private static boolean greater(SemanticVersion version, SemanticVersion bound, BoundPrecision precision) {
        if (precision == BoundPrecision.PATCH) {
            return compare(version, bound) > 0;
        }
        int byMajor = Long.compareUnsigned(version.major(), bound.major());
        if (byMajor != 0) {
            return byMajor > 0;
        }
        if (precision == BoundPrecision.MAJOR) {
            // >11 needs 12 or higher: 11.1.0 is not above "11".
            return false;
        }
        if (precision == BoundPrecision.MINOR) {
            return Long.compareUnsigned(version.minor(), bound.minor()) > 0;
        }
        return compare(version, bound) > 0;
    }

    private static boolean lessOrEqual(SemanticVersion version, SemanticVersion bound, BoundPrecision precision) {
        if (precision == BoundPrecision.PATCH) {
            return compare(version, bound) <= 0;
        }
        if (Long.compareUnsigned(version.major(), bound.major()) > 0) {
            return false;
        }
        return !(version.major() == bound.major()
                && Long.compareUnsigned(version.minor(), bound.minor()) > 0
                && precision != BoundPrecision.MAJOR);
    }

    /** ~1.2.3 and ~1.2 are >=bound <1.3.0; ~1 is >=1.0.0 <2.0.0; ~* and ~0.0.0 admit everything. */
    private static boolean tilde(SemanticVersion version, SemanticVersion bound, BoundPrecision precision) {
        if (compare(version, bound) < 0) {
            return false;
        }
        boolean majorOnly = precision == BoundPrecision.MAJOR;
        if (bound.major() == 0 && bound.minor() == 0 && bound.patch() == 0
                && !majorOnly && precision != BoundPrecision.MINOR) {
            return true;
        }
        if (version.major() != bound.major()) {
            return false;
        }
        return version.minor() == bound.minor() || majorOnly;
    }

    /**
     * ^1.2.3 is >=1.2.3 <2.0.0; ^0.2.3 is >=0.2.3 <0.3.0; ^0.0.3 is =0.0.3; ^0.0 is <0.1.0; ^0 and
     * ^0.x are <1.0.0. Masterminds documents ^* as "any" but it admits only 0.0.0 (issue #317).
     */
    private static boolean caret(SemanticVersion version, SemanticVersion bound, BoundPrecision precision) {
        if (compare(version, bound) < 0) {
            return false;
        }
        if (bound.major() != 0 || precision == BoundPrecision.MAJOR) {
            return version.major() == bound.major();
        }
        if (version.major() != 0) {
            return false;
        }
        if (bound.minor() != 0 || precision == BoundPrecision.MINOR) {
            return version.minor() == bound.minor();
        }
        if (version.minor() != 0) {
            return false;
        }
        return version.patch() == bound.patch();
    }

    private static int compare(SemanticVersion a, SemanticVersion b) {
        return SemverPrecedence.INSTANCE.compare(a, b);
    }
}
