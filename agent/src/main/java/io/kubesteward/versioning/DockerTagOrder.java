package io.kubesteward.versioning;

import java.util.Comparator;

/**
 * Renovate's order of Docker tags: numbers part by part, where a shorter tag is the higher one
 * ({@code 2.1} above {@code 2.1.1}, as a moving tag is newer than any release it covers); then no
 * pre-release above a pre-release, pre-releases alphabetically; then no suffix above a suffix and
 * suffixes in reverse alphabetical order. The planner compares only compatible tags (same suffix,
 * same number of parts), where these quirks never decide.
 */
final class DockerTagOrder implements Comparator<String> {
    static final DockerTagOrder INSTANCE = new DockerTagOrder();

    /** Like JavaScript's localeCompare for word characters: case-insensitive first, lower case first. */
    private static final Comparator<String> LOCALE_LIKE =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.<String>reverseOrder());

    private DockerTagOrder() {
    }

    @Override
    public int compare(String a, String b) {
        DockerTag x = DockerTag.parse(a);
        DockerTag y = DockerTag.parse(b);
        int length = Math.max(x.release().size(), y.release().size());
        for (int i = 0; i < length; i++) {
            String p = x.part(i);
            String q = y.part(i);
            if (p == null) {
                return 1;
            }
            if (q == null) {
                return -1;
            }
            int c = DockerTag.compareNumbers(p, q);
            if (c != 0) {
                return c;
            }
        }
        if (!x.prerelease().equals(y.prerelease())) {
            if (x.prerelease().isEmpty()) {
                return 1;
            }
            if (y.prerelease().isEmpty()) {
                return -1;
            }
            return LOCALE_LIKE.compare(x.prerelease(), y.prerelease());
        }
        if (x.suffix().equals(y.suffix()) || (x.buildHashSuffix() && y.buildHashSuffix())) {
            // two builds' hashes say nothing of order: the numbers decided, so neither is newer
            return 0;
        }
        if (x.suffix().isEmpty() || y.suffix().isEmpty()) {
            return x.suffix().isEmpty() ? 1 : -1;
        }
        return LOCALE_LIKE.compare(y.suffix(), x.suffix());
    }
}
