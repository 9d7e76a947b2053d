package io.kubesteward.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** One download in progress: the URL asked for, its cache key, and the cached copy if any. */
record Request(URI target, String cacheKey, CacheEntry cached) {
    Map<String, String> conditionalHeaders() {
        Map<String, String> h = new LinkedHashMap<>();
        if (cached != null && cached.etag() != null) {
            h.put("If-None-Match", cached.etag());
        }
        if (cached != null && cached.lastModified() != null) {
            h.put("If-Modified-Since", cached.lastModified());
        }
        return h;
    }
}
