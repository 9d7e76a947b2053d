package io.kubesteward.http;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/** Builds {@link HttpFailure}s with their human wording; one place for the advice. */
final class Failures {
    private Failures() {
    }

    static HttpFailure blocked(URI uri, Set<String> allowed) {
        return new HttpFailure(HttpFailure.Kind.BLOCKED, Redaction.url(uri), 0,
                "blocked: host '" + uri.getHost() + "' is not among the allowed hosts " + allowed,
                "add it to the allowed hosts, or configure a mirror for it", 1, null, null);
    }

    static HttpFailure timeout(URI uri, Duration timeout, Throwable cause) {
        return new HttpFailure(HttpFailure.Kind.TIMEOUT, Redaction.url(uri), 0,
                "no response within " + Durations.human(timeout),
                "check the network, or raise the request timeout", 1, null, cause);
    }

    static HttpFailure dripping(URI uri, Duration timeout, Throwable cause) {
        return new HttpFailure(HttpFailure.Kind.TIMEOUT, Redaction.url(uri), 0,
                "the response took longer than " + Durations.human(timeout.multipliedBy(StallGuard.WHOLE_BODY_TIMEOUTS))
                        + " (" + StallGuard.WHOLE_BODY_TIMEOUTS + " × the request timeout) to arrive",
                "the server sends too slowly; check the network or the server, or raise the request timeout (http.timeout)", 1, null, cause);
    }

    static HttpFailure connectTimeout(URI uri, Duration timeout, Throwable cause) {
        return new HttpFailure(HttpFailure.Kind.TIMEOUT, Redaction.url(uri), 0,
                "could not connect within " + Durations.human(timeout),
                "check the host name and port, and any proxy or firewall; or raise the connect timeout", 1, null, cause);
    }

    static HttpFailure connect(URI uri, Throwable cause) {
        String detail = cause.getMessage() == null || cause.getMessage().isBlank()
                ? cause.getClass().getSimpleName() : cause.getMessage();
        return new HttpFailure(HttpFailure.Kind.CONNECT, Redaction.url(uri), 0,
                "cannot connect to " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + " (" + detail + ")",
                "check the host name and port, DNS, and any proxy or firewall", 1, null, cause);
    }

    static HttpFailure status(URI uri, int code, Duration retryAfter) {
        return new HttpFailure(HttpFailure.Kind.STATUS, Redaction.url(uri), code, StatusText.of(code),
                StatusText.advice(code), 1, retryAfter, null);
    }

    static HttpFailure waitTooLong(HttpFailure f, Duration asked, Duration cap) {
        return new HttpFailure(f.kind(), f.url(), f.status(),
                f.why() + "; the server asked to wait " + Durations.human(asked) + ", longer than the "
                        + Durations.human(cap) + " Steward waits (maxRetryAfter)",
                "try again later", f.attempts(), f.retryAfter(), f.getCause());
    }

    /** A throttled request that Steward will not wait for: the wait is too long, or retries ran out. */
    static HttpFailure rateLimited(URI uri, int code, Instant until, Duration wait, Duration cap) {
        String when = until == null ? "rate limited" : "rate limited until " + until.truncatedTo(ChronoUnit.SECONDS);
        String tooLong = wait.compareTo(cap) > 0
                ? "; that is longer than the " + Durations.human(cap) + " Steward waits (maxRetryAfter)" : "";
        return new HttpFailure(HttpFailure.Kind.STATUS, Redaction.url(uri), code,
                when + " (" + StatusText.of(code) + ")" + tooLong,
                "try again after that, or use credentials with a higher rate limit", 1, wait, null);
    }

    static HttpFailure tooLarge(URI uri, long limit) {
        return new HttpFailure(HttpFailure.Kind.TOO_LARGE, Redaction.url(uri), 0,
                "the response is larger than the limit of " + Durations.bytes(limit),
                "raise the limit (http.maxIndexSize in Steward's config) if this size is expected", 1, null, null);
    }

    static HttpFailure io(URI uri, String what, Throwable cause) {
        String detail = cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage();
        return new HttpFailure(HttpFailure.Kind.IO, Redaction.url(uri), 0, what + detail,
                "try again; if it persists, check the network, proxy and disk space", 1, null, cause);
    }

    static HttpFailure unusableUrl(URI uri, String why) {
        return new HttpFailure(HttpFailure.Kind.IO, Redaction.url(uri), 0, why, "check the URL", 1, null, null);
    }

    static HttpFailure tooManyRedirects(URI uri, int max) {
        return new HttpFailure(HttpFailure.Kind.IO, Redaction.url(uri), 0,
                "more than " + max + " redirects", "check the URL; the server may redirect in a loop", 1, null, null);
    }
}
