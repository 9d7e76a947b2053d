package io.kubesteward.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A server's "slow down" answer, which says the request was not carried out, and how long it asked
 * to wait. Recognised: 429; GitHub's secondary limit (403 with Retry-After); and an exhausted quota (403 or 429
 * with {@code X-RateLimit-Remaining: 0}, or GitLab's {@code RateLimit-Remaining: 0}) that resets at
 * {@code X-RateLimit-Reset} epoch seconds. A 403 without those headers is a refusal, not a throttle;
 * a 503 is a server error even with Retry-After (the server may have acted).
 *
 * @param delay how long the server asked to wait; null when it did not say (use the backoff)
 * @param until when the limit lifts, if the server said
 */
record Throttle(Duration delay, Instant until) {

    static Optional<Throttle> of(ApiResponse r, Instant now) {
        int status = r.status();
        Optional<Duration> retryAfter = RetryAfter.parse(r.header("Retry-After").orElse(null), now);
        if (retryAfter.isPresent() && (status == 429 || status == 403)) {
            return Optional.of(new Throttle(retryAfter.get(), now.plus(retryAfter.get())));
        }
        if ((status == 429 || status == 403) && quotaExhausted(r)) {
            Optional<Instant> reset = reset(r);
            if (reset.isEmpty() || !reset.get().isAfter(now)) {
                return Optional.of(new Throttle(null, reset.orElse(null)));
            }
            return Optional.of(new Throttle(Duration.between(now, reset.get()), reset.get()));
        }
        return status == 429 ? Optional.of(new Throttle(null, null)) : Optional.empty();
    }

    private static boolean quotaExhausted(ApiResponse r) {
        return r.header("X-RateLimit-Remaining").or(() -> r.header("RateLimit-Remaining"))
                .map(String::trim).filter("0"::equals).isPresent();
    }

    private static Optional<Instant> reset(ApiResponse r) {
        Optional<String> value = r.header("X-RateLimit-Reset").or(() -> r.header("RateLimit-Reset"));
        try {
            return value.map(v -> Instant.ofEpochSecond(Long.parseLong(v.trim())));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
