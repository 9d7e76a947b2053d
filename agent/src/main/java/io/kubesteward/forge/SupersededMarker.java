package io.kubesteward.forge;

/**
 * The hidden line Steward puts at the top of a pull request it closes because a newer one replaced
 * it, so that a later run does not mistake that close for a person turning the version down.
 */
final class SupersededMarker {
    private static final String PREFIX = "<!-- steward:superseded-by ";
    private static final String SUFFIX = " -->";

    private SupersededMarker() {
    }

    static boolean isIn(String body) {
        return body != null && body.startsWith(PREFIX);
    }

    /** The body to close with: a visible pointer to the newer pull request, then the old text. */
    static String mark(String body, String newerReference, String newerUrl) {
        String old = isIn(body) ? body.substring(body.indexOf('\n') + 1) : body;
        return PREFIX + newerReference + SUFFIX + "\n"
                + "> Superseded by " + newerReference + " (" + newerUrl + ").\n\n" + old;
    }
}
