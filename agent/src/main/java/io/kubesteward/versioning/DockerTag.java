package io.kubesteward.versioning;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Docker tag read as Renovate's docker versioning reads it: an optional {@code v}, numbers
 * separated by dots, an optional pre-release word glued to them, then an optional suffix after the
 * first hyphen ({@code 1.2.3-alpine}, {@code 1.40.2.8395-c67dce28e}, {@code 2.0.0rc1}, {@code 16}).
 * Numbers are kept as digit strings so that long date-like tags never overflow.
 */
record DockerTag(List<String> release, String prerelease, String suffix) {
    private static final Pattern VERSION = Pattern.compile("(\\d+(?:\\.\\d+)*)(\\w*)");
    private static final Pattern COMMIT_HASH = Pattern.compile("[a-f0-9]{7,40}");
    private static final Pattern NUMERIC = Pattern.compile("[0-9]+");

    static Optional<DockerTag> tryParse(String tag) {
        if (tag == null || tag.isEmpty() || (COMMIT_HASH.matcher(tag).matches() && !NUMERIC.matcher(tag).matches())) {
            return Optional.empty();
        }
        String text = tag.startsWith("v") ? tag.substring(1) : tag;
        int hyphen = text.indexOf('-');
        String prefix = hyphen < 0 ? text : text.substring(0, hyphen);
        String suffix = hyphen < 0 ? "" : text.substring(hyphen + 1);
        Matcher m = VERSION.matcher(prefix);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> release = Arrays.stream(m.group(1).split("\\.")).map(DockerTag::withoutLeadingZeros).toList();
        return Optional.of(new DockerTag(release, m.group(2), suffix));
    }

    static DockerTag parse(String tag) {
        return tryParse(tag).orElseThrow(() -> new IllegalArgumentException("'" + tag + "' is not a Docker version tag"));
    }

    /**
     * Whether the suffix is a build's commit hash ({@code 1.40.2.8395-c67dce28e}): it names the build,
     * not a variant, so such tags are comparable by their numbers whatever their hashes.
     */
    boolean buildHashSuffix() {
        return COMMIT_HASH.matcher(suffix).matches() && !NUMERIC.matcher(suffix).matches();
    }

    /** The number at {@code index}, or null when the tag has fewer parts. */
    String part(int index) {
        return index < release.size() ? release.get(index) : null;
    }

    /** Numeric order of two digit strings without leading zeros. */
    static int compareNumbers(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    private static String withoutLeadingZeros(String digits) {
        String trimmed = digits.replaceFirst("^0+", "");
        return trimmed.isEmpty() ? "0" : trimmed;
    }
}
