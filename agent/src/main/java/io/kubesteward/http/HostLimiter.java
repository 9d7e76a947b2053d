package io.kubesteward.http;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;

/** At most N requests in flight per host and port, so a run is polite to one server. */
final class HostLimiter {
    private final int perHost;
    private final ConcurrentMap<String, Semaphore> permits = new ConcurrentHashMap<>();

    HostLimiter(int perHost) {
        this.perHost = perHost;
    }

    Permit acquire(URI uri) throws InterruptedException {
        String key = String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + uri.getPort();
        Semaphore s = permits.computeIfAbsent(key, k -> new Semaphore(perHost, true));
        s.acquire();
        return s::release;
    }

    @FunctionalInterface
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
