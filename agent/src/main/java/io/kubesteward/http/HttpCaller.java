package io.kubesteward.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The one HTTP caller: GET to a file, with the allow-list, per-host limits, retries with backoff,
 * bounded redirects that drop credentials when leaving the origin, and the conditional-GET cache.
 */
public final class HttpCaller implements AutoCloseable {
    private final HttpSettings settings;
    private final UnreachableHosts unreachable = new UnreachableHosts();
    private final JdkClient client;
    private final HostLimiter limiter;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final StallGuard stallGuard = new StallGuard();
    private final BodyReceiver receiver;
    private final ApiExchange exchange;

    private final Clock clock;

    /** {@code clock} dates Retry-After and rate-limit resets and ages the cache's leftovers. */
    public HttpCaller(HttpSettings settings, Clock clock) {
        this(settings, Sleeper.REAL, () -> ThreadLocalRandom.current().nextDouble(), clock);
    }

    HttpCaller(HttpSettings settings, Sleeper sleeper, DoubleSupplier random, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sleeper = sleeper;
        this.client = new JdkClient(settings);
        this.limiter = new HostLimiter(settings.perHostConcurrency());
        this.backoff = new Backoff(settings.baseBackoff(), settings.maxBackoff(), random);
        this.receiver = new BodyReceiver(settings, openCache(settings, clock), stallGuard, clock);
        this.exchange = new ApiExchange(settings, client, limiter, backoff, sleeper, stallGuard, unreachable, clock);
    }

    public HttpSettings settings() {
        return settings;
    }

    /** The run's clock, for sources that date what they fetch. */
    public Clock clock() {
        return clock;
    }

    /**
     * GETs {@code uri} into a file. {@code credentials} may be null or none; then any userinfo in
     * the URI is used as basic credentials (and never sent in the URL itself).
     */
    public Download download(URI uri, Credentials credentials) throws HttpFailure {
        URI target = Redaction.withoutUserInfo(uri);
        Credentials creds = credentials == null || credentials.isNone()
                ? Credentials.fromUserInfo(uri.getRawUserInfo()) : credentials;
        Redirects.requireFetchable(target, target);
        Request request = receiver.prepare(target);
        URI current = target;
        for (int hop = 0; hop <= Redirects.MAX; hop++) {
            Answer answer = withRetries(request, current, creds);
            if (answer.download() != null) {
                return answer.download();
            }
            URI next = Redirects.target(current, answer.location());
            if (!Redirects.sameOrigin(current, next)) {
                creds = Credentials.none();
            }
            current = next;
        }
        throw Failures.tooManyRedirects(target, Redirects.MAX);
    }

    /**
     * Sends one API request and returns the server's answer whatever its status (4xx included), the
     * body read into memory up to {@link HttpSettings#maxResponseBytes()}. Retries with backoff on
     * connection failures, timeouts, 429, 5xx and rate-limit answers (403/429 with Retry-After or an
     * exhausted {@code X-RateLimit-Remaining}, waiting until {@code X-RateLimit-Reset} up to
     * maxRetryAfter); a POST or PATCH only when the server surely did not act on it (no connection,
     * 429, rate limit), never after a 5xx or a timeout. Redirects are followed for GET and HEAD only,
     * and credentials are not forwarded to another origin.
     *
     * @throws HttpFailure for a blocked host, a connection or I/O failure, a timeout, a body over the
     *     size limit, exhausted retries (the last status is in {@link HttpFailure#status()}), or a
     *     rate limit lasting longer than maxRetryAfter ("rate limited until …")
     */
    public ApiResponse exchange(ApiRequest request) throws HttpFailure {
        return exchange.exchange(Objects.requireNonNull(request, "request"));
    }

    private Answer withRetries(Request request, URI uri, Credentials creds) throws HttpFailure {
        unreachable.check(uri);
        for (int attempt = 1; ; attempt++) {
            if (!settings.allows(uri.getHost(), uri.getPort())) {
                throw Failures.blocked(uri, settings.allowedHosts());
            }
            try {
                return attempt(request, uri, creds);
            } catch (HttpFailure f) {
                HttpFailure counted = f.afterAttempts(attempt);
                if (!f.transientProblem() || attempt > settings.maxRetries()) {
                    throw unreachable.remember(uri, counted);
                }
                Duration wait = backoff.after(attempt);
                if (f.retryAfter() != null) {
                    if (f.retryAfter().compareTo(settings.maxRetryAfter()) > 0) {
                        throw Failures.waitTooLong(counted, f.retryAfter(), settings.maxRetryAfter());
                    }
                    wait = f.retryAfter();
                }
                pause(uri, wait);
            }
        }
    }

    private Answer attempt(Request request, URI uri, Credentials creds) throws HttpFailure {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET()
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept-Encoding", "gzip");
        creds.authorization().ifPresent(value -> b.header("Authorization", value));
        request.conditionalHeaders().forEach(b::header);
        try {
            HostLimiter.Permit permit = limiter.acquire(uri);
            try {
                HttpResponse<InputStream> response = client.get().send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
                return receiver.answer(request, uri, response);
            } finally {
                permit.close();
            }
        } catch (HttpConnectTimeoutException e) {
            throw Failures.connectTimeout(uri, settings.connectTimeout(), e);
        } catch (HttpTimeoutException e) {
            throw Failures.timeout(uri, settings.requestTimeout(), e);
        } catch (ConnectException e) {
            throw Failures.connect(uri, e);
        } catch (IOException e) {
            throw Failures.io(uri, "the connection failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Failures.io(uri, "interrupted", null);
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

    private static ResponseCache openCache(HttpSettings settings, Clock clock) {
        if (settings.cacheDirectory() == null) {
            return null;
        }
        try {
            return new ResponseCache(settings.cacheDirectory(), clock.instant());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the HTTP cache directory " + settings.cacheDirectory(), e);
        }
    }

    /** Call at the end of a run: stops the client's threads so that the JVM exits at once. */
    @Override
    public void close() {
        stallGuard.close();
        client.close();
    }
}
