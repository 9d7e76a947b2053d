package io.kubesteward.versioning;

import java.util.Comparator;
import java.util.List;

/**
 * Semver 2.0 precedence exactly as Masterminds' {@code Version.Compare} computes it: numbers, then
 * a release above its pre-releases, then pre-release identifiers left to right. Build metadata is
 * ignored.
 */
final class SemverPrecedence implements Comparator<SemanticVersion> {

    static final SemverPrecedence INSTANCE = new SemverPrecedence();

    private SemverPrecedence() {}

    @Override
    public int compare(SemanticVersion a, SemanticVersion b) {
        int byNumbers = Long.compareUnsigned(a.major(), b.major());
        if (byNumbers == 0) {
            byNumbers = Long.compareUnsigned(a.minor(), b.minor());
        }
        if (byNumbers == 0) {
            byNumbers = Long.compareUnsigned(a.patch(), b.patch());
        }
        if (byNumbers != 0) {
            return Integer.signum(byNumbers);
        }
        if (!a.isPreRelease() && !b.isPreRelease()) {
            return 0;
        }
        if (!a.isPreRelease()) {
            return 1;
        }
        if (!b.isPreRelease()) {
            return -1;
        }
        return comparePreRelease(a.preRelease(), b.preRelease());
    }

    /** Also used by {@code !=}, which compares pre-releases on their own (one side may be empty). */
    static int comparePreRelease(List<String> a, List<String> b) {
        int length = Math.max(a.size(), b.size());
        for (int i = 0; i < length; i++) {
            // A missing identifier sorts first, so 1.0.0-alpha < 1.0.0-alpha.1.
            String left = i < a.size() ? a.get(i) : "";
            String right = i < b.size() ? b.get(i) : "";
            int byIdentifier = compareIdentifier(left, right);
            if (byIdentifier != 0) {
                return byIdentifier;
            }
        }
        return 0;
    }

    private static int compareIdentifier(String left, String right) {
        if (left.equals(right)) {
            return 0;
        }
        if (left.isEmpty()) {
            return -1;
        }
        if (right.isEmpty()) {
            return 1;
        }
        Long leftNumber = asNumber(left);
        Long rightNumber = asNumber(right);
        if (leftNumber == null && rightNumber == null) {
            return left.compareTo(right) > 0 ? 1 : -1;
        }
        if (rightNumber == null) {
            return -1;
        }
        if (leftNumber == null) {
            return 1;
        }
        return Long.compareUnsigned(leftNumber, rightNumber) > 0 ? 1 : -1;
    }

    /** Numeric when it parses as an unsigned 64-bit number; larger digit runs compare as text, as in Go. */
    private static Long asNumber(String identifier) {
        if (!SemanticVersionParser.isDigits(identifier)) {
            return null;
        }
        try {
            return Long.parseUnsignedLong(identifier);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
