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
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * The one HTTP caller: GET to a file, with the allow-list, per-host limits, retries with backoff,
 * bounded redirects that drop credentials when leaving the origin, and the conditional-GET cache.
 */
public final class HttpCaller implements AutoCloseable {
    private static final int MAX_REDIRECTS = 5;

    private final HttpSettings settings;
    private final JdkClient client;
    private final HostLimiter limiter;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final StallGuard stallGuard = new StallGuard();
    private final BodyReceiver receiver;

    public HttpCaller(HttpSettings settings) {
        this(settings, Sleeper.REAL, () -> ThreadLocalRandom.current().nextDouble());
    }

    HttpCaller(HttpSettings settings, Sleeper sleeper, DoubleSupplier random) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sleeper = sleeper;
        this.client = new JdkClient(settings);
        this.limiter = new HostLimiter(settings.perHostConcurrency());
        this.backoff = new Backoff(settings.baseBackoff(), settings.maxBackoff(), random);
        this.receiver = new BodyReceiver(settings, openCache(settings), stallGuard);
    }

    public HttpSettings settings() {
        return settings;
    }

    /**
     * GETs {@code uri} into a file. {@code credentials} may be null or none; then any userinfo in
     * the URI is used as basic credentials (and never sent in the URL itself).
     */
    public Download download(URI uri, Credentials credentials) throws HttpFailure {
        URI target = Redaction.withoutUserInfo(uri);
        Credentials creds = credentials == null || credentials.isNone()
                ? Credentials.fromUserInfo(uri.getRawUserInfo()) : credentials;
        requireFetchable(target, target);
        Request request = receiver.prepare(target);
        URI current = target;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Answer answer = withRetries(request, current, creds);
            if (answer.download() != null) {
                return answer.download();
            }
            URI next = redirectTarget(current, answer.location());
            if (!sameOrigin(current, next)) {
                creds = Credentials.none();
            }
            current = next;
        }
        throw Failures.tooManyRedirects(target, MAX_REDIRECTS);
    }

    private static URI redirectTarget(URI from, String location) throws HttpFailure {
        URI next;
        try {
            next = Redaction.withoutUserInfo(from.resolve(location.trim()));
        } catch (IllegalArgumentException e) {
            throw Failures.unusableUrl(from, "the server redirected to an invalid URL");
        }
        requireFetchable(next, from);
        return next;
    }

    private static void requireFetchable(URI uri, URI requested) throws HttpFailure {
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw Failures.unusableUrl(requested, uri == requested ? "only http(s) URLs with a host can be fetched"
                    : "the server redirected to " + Redaction.url(uri) + ", which is not an http(s) URL");
        }
    }

    private Answer withRetries(Request request, URI uri, Credentials creds) throws HttpFailure {
        for (int attempt = 1; ; attempt++) {
            if (!settings.allows(uri.getHost(), uri.getPort())) {
                throw Failures.blocked(uri, settings.allowedHosts());
            }
            try {
                return attempt(request, uri, creds);
            } catch (HttpFailure f) {
                HttpFailure counted = f.afterAttempts(attempt);
                if (!f.transientProblem() || attempt > settings.maxRetries()) {
                    throw counted;
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

    private static boolean sameOrigin(URI a, URI b) {
        return Objects.equals(a.getScheme(), b.getScheme())
                && String.valueOf(a.getHost()).equalsIgnoreCase(String.valueOf(b.getHost()))
                && a.getPort() == b.getPort();
    }

    private static ResponseCache openCache(HttpSettings settings) {
        if (settings.cacheDirectory() == null) {
            return null;
        }
        try {
            return new ResponseCache(settings.cacheDirectory());
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
