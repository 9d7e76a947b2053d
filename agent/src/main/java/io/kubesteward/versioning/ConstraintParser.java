package io.kubesteward.versioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masterminds/semver v3 {@code NewConstraint}: rewrite hyphen ranges, split on {@code ||}, check
 * each group's shape, then read its comparisons. The expressions are Masterminds' own, translated
 * to Java, so that odd inputs are accepted or rejected exactly as Helm does.
 */
final class ConstraintParser {

    /** Masterminds' {@code MaxConstraintLen} and {@code MaxConstraintGroups}. */
    static final int MAX_LENGTH = 512;
    static final int MAX_GROUPS = 32;

    /** Go's {@code \s}; Java's also matches a vertical tab. */
    private static final String SPACE = "[\\t\\n\\f\\r ]";

    /** Masterminds' operator alternation, with its empty alternative (no operator means {@code =}). */
    private static final String OPERATOR = "(=||!=|>|<|>=|=>|<=|=<|~|~>|\\^)";

    /**
     * Masterminds' {@code cvRegex}. Its segment class really does contain {@code |}; such a segment
     * only survives when it follows a wildcard, which Masterminds ignores (so {@code 1.x.1|} reads as
     * {@code 1.x}).
     */
    private static final String VERSION = "(v?([0-9|x|X|*]+)(\\.[0-9|x|X|*]+)?(\\.[0-9|x|X|*]+)?"
            + "(-([0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*))?"
            + "(\\+([0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*))?)";

    /** Groups: 1 the low version, 11 the high one (each VERSION holds ten groups). */
    private static final Pattern HYPHEN_RANGE =
            Pattern.compile(SPACE + "*" + VERSION + SPACE + "+-" + SPACE + "+" + VERSION + SPACE + "*");

    private static final Pattern GROUP_SHAPE = Pattern.compile(
            "(" + SPACE + "*" + OPERATOR + SPACE + "*" + VERSION + SPACE + "*)"
                    + "((?:" + SPACE + "+|," + SPACE + "*)" + OPERATOR + SPACE + "*" + VERSION + SPACE + "*)*");

    private static final Pattern NEXT_COMPARISON = Pattern.compile(OPERATOR + SPACE + "*" + VERSION);

    /** Groups: 1 operator, 2 version, 3 major, 4 ".minor", 5 ".patch", 6 "-pre-release". */
    private static final Pattern ONE_COMPARISON =
            Pattern.compile(SPACE + "*" + OPERATOR + SPACE + "*" + VERSION + SPACE + "*");

    private ConstraintParser() {}

    static VersionConstraint parse(String text) {
        Objects.requireNonNull(text, "constraint text");
        if (text.length() > MAX_LENGTH) {
            throw invalid(text, "it is longer than " + MAX_LENGTH + " characters");
        }
        String[] alternatives = rewriteHyphenRanges(text).split(Pattern.quote("||"), -1);
        if (alternatives.length > MAX_GROUPS) {
            throw invalid(text, "it has more than " + MAX_GROUPS + " '||' alternatives");
        }
        List<ConstraintGroup> groups = new ArrayList<>();
        for (String alternative : alternatives) {
            groups.add(parseGroup(text, alternative));
        }
        return new VersionConstraint(text, groups);
    }

    /** {@code 1.2 - 1.4.5} becomes {@code >= 1.2, <= 1.4.5 }; both ends are inclusive. */
    static String rewriteHyphenRanges(String text) {
        Matcher range = HYPHEN_RANGE.matcher(text);
        String rewritten = text;
        while (range.find()) {
            String replacement = ">= " + range.group(1) + ", <= " + range.group(11) + " ";
            int at = rewritten.indexOf(range.group());
            if (at >= 0) {
                rewritten = rewritten.substring(0, at) + replacement + rewritten.substring(at + range.group().length());
            }
        }
        return rewritten;
    }

    private static ConstraintGroup parseGroup(String text, String alternative) {
        if (!GROUP_SHAPE.matcher(alternative).matches()) {
            String why = alternative.isBlank()
                    ? "an '||' alternative is empty"
                    : "'" + alternative.strip() + "' is not a list of comparisons such as '>=1.2.0 <2.0.0' or '^1.2'";
            throw invalid(text, why);
        }
        List<Comparison> comparisons = new ArrayList<>();
        Matcher next = NEXT_COMPARISON.matcher(alternative);
        while (next.find()) {
            comparisons.add(parseComparison(text, next.group()));
        }
        return new ConstraintGroup(comparisons);
    }

    private static Comparison parseComparison(String text, String written) {
        Matcher parts = ONE_COMPARISON.matcher(written);
        if (!parts.matches()) {
            throw invalid(text, "'" + written.strip() + "' is not a comparison");
        }
        String major = parts.group(3);
        String minor = withoutDot(parts.group(4));
        String patch = withoutDot(parts.group(5));
        String preRelease = Objects.requireNonNullElse(parts.group(6), "");
        BoundPrecision precision;
        String bound;
        if (isWildcard(major)) {
            precision = BoundPrecision.NONE;
            bound = "0.0.0" + preRelease;
        } else if (minor == null || isWildcard(minor)) {
            precision = BoundPrecision.MAJOR;
            bound = major + ".0.0" + preRelease;
        } else if (patch == null || isWildcard(patch)) {
            precision = BoundPrecision.MINOR;
            bound = major + "." + minor + ".0" + preRelease;
        } else {
            precision = BoundPrecision.PATCH;
            bound = parts.group(2);
        }
        Optional<SemanticVersion> boundVersion = SemanticVersionParser.tryParse(bound);
        if (boundVersion.isEmpty()) {
            throw invalid(text, "'" + written.strip() + "' does not name a valid version");
        }
        return new Comparison(
                ComparisonOperator.fromSymbol(parts.group(1)), boundVersion.get(), precision, written.strip());
    }

    private static String withoutDot(String segment) {
        return segment == null ? null : segment.substring(1);
    }

    private static boolean isWildcard(String segment) {
        return segment.equals("x") || segment.equals("X") || segment.equals("*");
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("'" + text + "' is not a Helm version constraint: " + why);
    }
}
