package io.kubesteward.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A response body on disk. {@code notModified}: the server answered 304 and {@code body} is the
 * cached copy. A {@code temporary} body belongs to the caller and is deleted by {@link #close()};
 * a cached body belongs to the cache and is left in place.
 *
 * @param url the URL requested, without userinfo
 */
public record Download(String url, Path body, long bytes, boolean notModified, boolean temporary)
        implements AutoCloseable {

    /** The body came from the on-disk cache (after a 304). */
    public boolean fromCache() {
        return notModified;
    }

    @Override
    public void close() {
        if (temporary) {
            try {
                Files.deleteIfExists(body);
            } catch (IOException ignored) {
                // a temp file left behind is harmless
            }
        }
    }
}
