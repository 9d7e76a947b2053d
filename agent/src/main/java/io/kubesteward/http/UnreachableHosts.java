package io.kubesteward.http;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hosts that could not be reached earlier in this run. A registry with hundreds of images on one
 * unreachable host would otherwise cost every lookup its full retries; after the first has failed,
 * the rest fail at once with the same reason.
 */
final class UnreachableHosts {
    private final Map<String, HttpFailure> failed = new ConcurrentHashMap<>();

    void check(URI uri) throws HttpFailure {
        HttpFailure earlier = failed.get(key(uri));
        if (earlier != null) {
            throw new HttpFailure(HttpFailure.Kind.CONNECT, Redaction.url(uri), 0,
                    earlier.why() + ", earlier in this run; not tried again until the next run", earlier.hint(), 0, null, null);
        }
    }

    /** Remembers {@code f} when it says the host could not be reached at all (not a slow or failing answer). */
    HttpFailure remember(URI uri, HttpFailure f) {
        if (f.kind() == HttpFailure.Kind.CONNECT || (f.kind() == HttpFailure.Kind.TIMEOUT && f.why().startsWith("could not connect"))) {
            failed.putIfAbsent(key(uri), f);
        }
        return f;
    }

    private static String key(URI uri) {
        return String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + uri.getPort();
    }
}
