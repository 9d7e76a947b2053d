package io.kubesteward.versioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What Maven's comparison leaves to the reader: which strings are single versions, which qualifiers
 * mark a pre-release, and the leading numbers an update type is judged by. Follows Renovate's maven
 * versioning (its tokenizer and qualifier kinds), plus {@code ea} (early access).
 */
final class MavenVersionText {
    /** Renovate's character set for a single version; anything else (ranges, {@code ^1.2}, {@code ${x}}) is not one. */
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9_+](?:[-.A-Za-z0-9_+]*[A-Za-z0-9_+])?");

    /** Qualifiers below a release wherever they stand. */
    private static final Set<String> PRE_RELEASE =
            Set.of("alpha", "beta", "milestone", "rc", "cr", "preview", "ea", "snapshot", "snap");

    /** Short forms that mean alpha, beta and milestone only when a number follows at once ({@code 1.0-a1}, {@code 2.0.0-M3}). */
    private static final Set<String> SHORT_PRE_RELEASE = Set.of("a", "b", "m");

    private MavenVersionText() {
    }

    static boolean isVersion(String text) {
        if (text == null || !VERSION.matcher(text).matches()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        // Maven's meta-versions name whatever is newest; they are not versions to compare or pin
        return !lower.equals("latest") && !lower.equals("release");
    }

    /** True when a qualifier marks a pre-release or a snapshot. */
    static boolean hasPreReleaseQualifier(String version) {
        for (Token token : tokens(version.toLowerCase(Locale.ROOT))) {
            if (token.letters() && (PRE_RELEASE.contains(token.text())
                    || (token.digitFollows() && SHORT_PRE_RELEASE.contains(token.text())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The numbers before the first qualifier, as {@code major, minor, patch} (0 where absent); a
     * leading {@code v} is skipped. Empty when the version does not start with a number.
     */
    static List<Long> leadingNumbers(String version) {
        String text = version.matches("[vV]\\d.*") ? version.substring(1) : version;
        List<Long> numbers = new ArrayList<>();
        for (String part : text.split("\\.", -1)) {
            int digits = 0;
            while (digits < part.length() && Character.isDigit(part.charAt(digits))) {
                digits++;
            }
            if (digits == 0 || digits > 18) {
                break;
            }
            numbers.add(Long.parseLong(part.substring(0, digits)));
            if (digits < part.length() || numbers.size() == 3) {
                break;
            }
        }
        while (!numbers.isEmpty() && numbers.size() < 3) {
            numbers.add(0L);
        }
        return numbers;
    }

    private record Token(String text, boolean letters, boolean digitFollows) {
    }

    /** Splits at '.', '-', '_', '+' and every change between digits and other characters. */
    private static List<Token> tokens(String version) {
        List<Token> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= version.length(); i++) {
            boolean end = i == version.length();
            if (end || isSeparator(version.charAt(i)) || isSeparator(version.charAt(i - 1))
                    || Character.isDigit(version.charAt(i)) != Character.isDigit(version.charAt(i - 1))) {
                String text = version.substring(start, i);
                if (!text.isEmpty() && !isSeparator(text.charAt(0))) {
                    boolean digitFollows = !end && Character.isDigit(version.charAt(i));
                    out.add(new Token(text, !Character.isDigit(text.charAt(0)), digitFollows));
                }
                start = i;
            }
        }
        return out;
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '-' || c == '_' || c == '+';
    }
}
