package io.kubesteward.sources.helm;

/** An index file that cannot be used: what is wrong with it, and what to do. */
final class IndexParseException extends Exception {
    private final String hint;

    IndexParseException(String problem, String hint) {
        super(problem, null, false, false);
        this.hint = hint;
    }

    static IndexParseException tooLarge(long limit) {
        return new IndexParseException("is larger than the limit of " + mib(limit) + " code points",
                "raise " + HelmSourceSettings.MAX_INDEX_SETTING + " in Steward's config if an index this big is expected");
    }

    static IndexParseException notAnIndex(String why, int line, int column) {
        return new IndexParseException("is not a Helm repository index: " + why + " at line " + line + ", column " + column,
                "check the repository URL");
    }

    static IndexParseException htmlPage() {
        return new IndexParseException("is an HTML page, not a Helm repository index (a sign-in or error page?)",
                "check the repository URL, and the credentials if the repository needs them");
    }

    /** The whole reason, naming the index as {@code display}. */
    String reason(String display) {
        return "index " + display + " " + getMessage() + " — " + hint;
    }

    private static String mib(long n) {
        return n % (1024 * 1024) == 0 ? n / (1024 * 1024) + " MiB" : n + "";
    }
}
