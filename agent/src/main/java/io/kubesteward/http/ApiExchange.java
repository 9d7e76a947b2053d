package io.kubesteward.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link HttpCaller#exchange}: one API request with the caller's allow-list, per-host limit,
 * backoff, redirects (GET and HEAD only) and a bounded in-memory body. Every final status comes back
 * as a response; only transport problems, an oversize body and exhausted retries throw.
 */
final class ApiExchange {
    /** Headers that carry credentials: never forwarded to another origin. */
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie",
            "private-token", "job-token", "x-api-key", "x-registry-auth");

    private final HttpSettings settings;
    private final JdkClient client;
    private final HostLimiter limiter;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final StallGuard stallGuard;
    private final Clock clock;

    ApiExchange(HttpSettings settings, JdkClient client, HostLimiter limiter, Backoff backoff, Sleeper sleeper,
            StallGuard stallGuard, UnreachableHosts unreachable, Clock clock) {
        this.clock = clock;
        this.unreachable = unreachable;
        this.settings = settings;
        this.client = client;
        this.limiter = limiter;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.stallGuard = stallGuard;
    }

    private final UnreachableHosts unreachable;

    /** The outcome of one attempt: a response, or a failure and whether the server surely never saw it. */
    private record Tried(ApiResponse response, HttpFailure failure, boolean unsent) {
    }

    ApiResponse exchange(ApiRequest request) throws HttpFailure {
        URI target = Redaction.withoutUserInfo(request.uri());
        Credentials creds = request.credentials().isNone()
                ? Credentials.fromUserInfo(request.uri().getRawUserInfo()) : request.credentials();
        Map<String, String> headers = new LinkedHashMap<>(request.headers());
        try {
            Redirects.requireFetchable(target, target);
            URI current = target;
            for (int hop = 0; hop <= Redirects.MAX; hop++) {
                ApiResponse response = withRetries(request, current, headers, creds);
                Optional<String> location = response.header("Location");
                if (!request.safe() || !Redirects.isRedirect(response.status()) || location.isEmpty()) {
                    return response;
                }
                URI next = Redirects.target(current, location.get());
                if (!Redirects.sameOrigin(current, next)) {
                    creds = Credentials.none();
                    headers.keySet().removeIf(name -> SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)));
                }
                current = next;
            }
            throw Failures.tooManyRedirects(target, Redirects.MAX);
        } catch (HttpFailure f) {
            throw f.forMethod(request.method());
        }
    }

    private ApiResponse withRetries(ApiRequest request, URI uri, Map<String, String> headers, Credentials creds)
            throws HttpFailure {
        unreachable.check(uri);
        for (int attempt = 1; ; attempt++) {
            if (!settings.allows(uri.getHost(), uri.getPort())) {
                throw Failures.blocked(uri, settings.allowedHosts());
            }
            boolean last = attempt > settings.maxRetries();
            Tried tried = attempt(request, uri, headers, creds);
            if (tried.failure() != null) {
                boolean repeatable = tried.unsent() || (request.idempotent() && tried.failure().transientProblem());
                if (!repeatable || last) {
                    throw unreachable.remember(uri, tried.failure().afterAttempts(attempt));
                }
                pause(uri, backoff.after(attempt));
                continue;
            }
            ApiResponse response = tried.response();
            Instant now = clock.instant();
            Optional<Throttle> throttle = Throttle.of(response, now);
            if (throttle.isPresent()) {
                // a throttled request was not carried out, so even a POST may be sent again
                Duration wait = throttle.get().delay() == null ? backoff.after(attempt) : throttle.get().delay();
                if (wait.compareTo(settings.maxRetryAfter()) > 0 || last) {
                    throw Failures.rateLimited(uri, response.status(), throttle.get().until(), wait,
                            settings.maxRetryAfter()).afterAttempts(attempt);
                }
                pause(uri, wait);
                continue;
            }
            if (response.status() >= 500 && request.idempotent()) {
                Duration asked = RetryAfter.parse(response.header("Retry-After").orElse(null), now).orElse(null);
                HttpFailure failure = Failures.status(uri, response.status(), asked).afterAttempts(attempt);
                if (last) {
                    throw failure;
                }
                if (asked != null && asked.compareTo(settings.maxRetryAfter()) > 0) {
                    throw Failures.waitTooLong(failure, asked, settings.maxRetryAfter());
                }
                pause(uri, asked != null ? asked : backoff.after(attempt));
                continue;
            }
            return response;
        }
    }

    private Tried attempt(ApiRequest request, URI uri, Map<String, String> headers, Credentials creds) {
        HttpRequest.BodyPublisher body = request.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).method(request.method(), body)
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept-Encoding", "gzip");
        if (!containsIgnoringCase(headers, "Authorization")) {
            creds.authorization().ifPresent(value -> b.header("Authorization", value));
        }
        headers.forEach(b::setHeader);
        try {
            HostLimiter.Permit permit = limiter.acquire(uri);
            try {
                HttpResponse<InputStream> response = client.get().send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
                return new Tried(read(request, uri, response), null, false);
            } finally {
                permit.close();
            }
        } catch (HttpFailure f) {
            return new Tried(null, f, false);
        } catch (HttpConnectTimeoutException e) {
            return new Tried(null, Failures.connectTimeout(uri, settings.connectTimeout(), e), true);
        } catch (HttpTimeoutException e) {
            return new Tried(null, Failures.timeout(uri, settings.requestTimeout(), e), false);
        } catch (ConnectException e) {
            return new Tried(null, Failures.connect(uri, e), true);
        } catch (IOException e) {
            return new Tried(null, Failures.io(uri, "the connection failed", e), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Tried(null, Failures.io(uri, "interrupted", null), false);
        }
    }

    private ApiResponse read(ApiRequest request, URI uri, HttpResponse<InputStream> response)
            throws HttpFailure, IOException {
        try (InputStream in = response.body()) {
            byte[] body = request.method().equals("HEAD") ? new byte[0]
                    : BoundedBody.read(uri, response.headers(), in, settings, stallGuard);
            return new ApiResponse(response.statusCode(), response.headers().map(), body, uri);
        }
    }

    private void pause(URI uri, Duration wait) throws HttpFailure {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Failures.io(uri, "interrupted while waiting to retry", null);
        }
    }

    private static boolean containsIgnoringCase(Map<String, String> headers, String name) {
        return headers.keySet().stream().anyMatch(name::equalsIgnoreCase);
    }
}
