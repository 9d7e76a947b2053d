package io.kubesteward.http;

import java.nio.file.Path;

/** A body kept from an earlier run with the validators to revalidate it. */
record CacheEntry(Path body, String etag, String lastModified) {
    boolean revalidatable() {
        return etag != null || lastModified != null;
    }
}
