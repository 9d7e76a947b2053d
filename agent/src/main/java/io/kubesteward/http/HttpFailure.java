package io.kubesteward.http;

import java.time.Duration;

/**
 * Why an HTTP request gave no usable body. The message is for people: what failed, why, what to
 * try. It never holds a credential or a URL's userinfo.
 */
public final class HttpFailure extends Exception {
    public enum Kind { BLOCKED, TIMEOUT, CONNECT, STATUS, TOO_LARGE, IO }

    private final Kind kind;
    private final String url;
    private final int status;
    private final String why;
    private final String hint;
    private final int attempts;
    private final Duration retryAfter;
    private final String method;

    HttpFailure(Kind kind, String url, int status, String why, String hint, int attempts, Duration retryAfter,
            Throwable cause) {
        this("GET", kind, url, status, why, hint, attempts, retryAfter, cause);
    }

    private HttpFailure(String method, Kind kind, String url, int status, String why, String hint, int attempts,
            Duration retryAfter, Throwable cause) {
        super(cause == null ? null : SafeCause.of(cause));
        this.method = method;
        this.kind = kind;
        this.url = url;
        this.status = status;
        this.why = why;
        this.hint = hint;
        this.attempts = attempts;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP method of the request that failed. */
    public String method() {
        return method;
    }

    /** The URL requested, without userinfo. */
    public String url() {
        return url;
    }

    /** The HTTP status for {@link Kind#STATUS}, otherwise 0. */
    public int status() {
        return status;
    }

    /** Why it failed, without the URL or the advice. */
    public String why() {
        return why;
    }

    /** What to try. */
    public String hint() {
        return hint;
    }

    public int attempts() {
        return attempts;
    }

    /** What the server asked for in Retry-After, or null. */
    Duration retryAfter() {
        return retryAfter;
    }

    /** The same failure with advice that knows what the URL was for. */
    public HttpFailure withHint(String newHint) {
        return new HttpFailure(method, kind, url, status, why, newHint, attempts, retryAfter, getCause());
    }

    HttpFailure afterAttempts(int n) {
        return new HttpFailure(method, kind, url, status, why, hint, n, retryAfter, getCause());
    }

    HttpFailure forMethod(String m) {
        return new HttpFailure(m, kind, url, status, why, hint, attempts, retryAfter, getCause());
    }

    /** Worth another attempt: the network or the server may recover. */
    boolean transientProblem() {
        return switch (kind) {
            case TIMEOUT, CONNECT, IO -> true;
            case STATUS -> status == 429 || status >= 500;
            case BLOCKED, TOO_LARGE -> false;
        };
    }

    @Override
    public String getMessage() {
        String tries = attempts > 1 ? " (" + attempts + " attempts)" : "";
        return method + " " + url + ": " + why + tries + (hint == null || hint.isEmpty() ? "" : " — " + hint);
    }
}
