package io.kubesteward.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the HTTP caller behaves. {@code cacheDirectory} null means no on-disk cache; an empty
 * {@code allowedHosts} means every host may be contacted, otherwise any other host is refused
 * before a byte is sent (air-gapped runs).
 */
public record HttpSettings(
        Duration connectTimeout,
        Duration requestTimeout,
        int maxRetries,
        Duration baseBackoff,
        Duration maxBackoff,
        Duration maxRetryAfter,
        int perHostConcurrency,
        long maxResponseBytes,
        Path cacheDirectory,
        Set<String> allowedHosts,
        String userAgent) {

    public static final long MIB = 1024L * 1024L;

    public HttpSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(baseBackoff, "baseBackoff");
        requirePositive(maxBackoff, "maxBackoff");
        if (maxRetryAfter == null || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("maxRetryAfter must be zero or more");
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be zero or more");
        }
        if (perHostConcurrency < 1) {
            throw new IllegalArgumentException("perHostConcurrency must be at least 1");
        }
        if (maxResponseBytes < 1) {
            throw new IllegalArgumentException("maxResponseBytes must be at least 1");
        }
        allowedHosts = allowedHosts == null ? Set.of()
                : allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        if (userAgent == null || userAgent.isBlank()) {
            userAgent = StewardVersion.userAgent();
        }
    }

    public static HttpSettings defaults() {
        return new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 3, Duration.ofMillis(200),
                Duration.ofSeconds(10), Duration.ofSeconds(30), 4, 64 * MIB, null, Set.of(),
                StewardVersion.userAgent());
    }

    public HttpSettings withCacheDirectory(Path dir) {
        return new HttpSettings(connectTimeout, requestTimeout, maxRetries, baseBackoff, maxBackoff, maxRetryAfter,
                perHostConcurrency, maxResponseBytes, dir, allowedHosts, userAgent);
    }

    public HttpSettings withAllowedHosts(Set<String> hosts) {
        return new HttpSettings(connectTimeout, requestTimeout, maxRetries, baseBackoff, maxBackoff, maxRetryAfter,
                perHostConcurrency, maxResponseBytes, cacheDirectory, hosts, userAgent);
    }

    public HttpSettings withMaxResponseBytes(long bytes) {
        return new HttpSettings(connectTimeout, requestTimeout, maxRetries, baseBackoff, maxBackoff, maxRetryAfter,
                perHostConcurrency, bytes, cacheDirectory, allowedHosts, userAgent);
    }

    public HttpSettings withTimeouts(Duration connect, Duration request) {
        return new HttpSettings(connect, request, maxRetries, baseBackoff, maxBackoff, maxRetryAfter,
                perHostConcurrency, maxResponseBytes, cacheDirectory, allowedHosts, userAgent);
    }

    public HttpSettings withRetries(int retries, Duration base, Duration cap) {
        return new HttpSettings(connectTimeout, requestTimeout, retries, base, cap, maxRetryAfter,
                perHostConcurrency, maxResponseBytes, cacheDirectory, allowedHosts, userAgent);
    }

    public HttpSettings withMaxRetryAfter(Duration max) {
        return new HttpSettings(connectTimeout, requestTimeout, maxRetries, baseBackoff, maxBackoff, max,
                perHostConcurrency, maxResponseBytes, cacheDirectory, allowedHosts, userAgent);
    }

    public HttpSettings withPerHostConcurrency(int limit) {
        return new HttpSettings(connectTimeout, requestTimeout, maxRetries, baseBackoff, maxBackoff, maxRetryAfter,
                limit, maxResponseBytes, cacheDirectory, allowedHosts, userAgent);
    }

    /** Whether a request to {@code host} (with {@code port}) may leave this process. */
    public boolean allows(String host, int port) {
        if (allowedHosts.isEmpty()) {
            return true;
        }
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        return allowedHosts.contains(h) || (port > 0 && allowedHosts.contains(h + ":" + port));
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
