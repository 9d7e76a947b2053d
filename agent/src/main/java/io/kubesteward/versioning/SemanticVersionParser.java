package io.kubesteward.versioning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masterminds/semver v3 {@code NewVersion} in its default, coercing mode. */
final class SemanticVersionParser {

    /** Masterminds' {@code MaxVersionLen}: a guard against unbounded input. */
    static final int MAX_LENGTH = 256;

    /**
     * Masterminds' loose version expression. Only a lowercase {@code v} is accepted; each numeric
     * segment may carry leading zeros (they are coerced); identifiers are checked afterwards.
     */
    private static final Pattern SHAPE = Pattern.compile(
            "v?([0-9]+)(?:\\.([0-9]+))?(?:\\.([0-9]+))?"
                    + "(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?"
                    + "(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?");

    private static final String EXPECTED_SHAPE =
            "expected MAJOR[.MINOR[.PATCH]][-PRERELEASE][+BUILD], optionally after a lowercase 'v'";

    private SemanticVersionParser() {}

    static Optional<SemanticVersion> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static SemanticVersion parse(String text) {
        Objects.requireNonNull(text, "version text");
        if (text.isEmpty()) {
            throw invalid(text, "it is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw invalid(text, "it is longer than " + MAX_LENGTH + " characters");
        }
        Matcher shape = SHAPE.matcher(text);
        if (!shape.matches()) {
            throw invalid(text, EXPECTED_SHAPE);
        }
        List<String> preRelease = identifiers(shape.group(4));
        for (String identifier : preRelease) {
            if (identifier.length() > 1 && identifier.charAt(0) == '0' && isDigits(identifier)) {
                throw invalid(text, "pre-release identifier '" + identifier + "' is a number with a leading zero");
            }
        }
        return new SemanticVersion(
                text,
                segment(text, shape.group(1)),
                segment(text, shape.group(2)),
                segment(text, shape.group(3)),
                preRelease,
                identifiers(shape.group(5)));
    }

    static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static long segment(String text, String digits) {
        if (digits == null) {
            return 0;
        }
        try {
            return Long.parseUnsignedLong(digits);
        } catch (NumberFormatException e) {
            throw invalid(text, "segment '" + digits + "' does not fit in an unsigned 64-bit number");
        }
    }

    private static List<String> identifiers(String dotted) {
        return dotted == null ? List.of() : List.of(dotted.split("\\.", -1));
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("'" + text + "' is not a Helm (semver) version: " + why);
    }
}
