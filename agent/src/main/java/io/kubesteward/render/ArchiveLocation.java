package io.kubesteward.render;

import io.kubesteward.http.Credentials;
import java.net.URI;
import java.nio.file.Path;

/** Where a chart archive's bytes are: a file in a mirror folder, or a URL and the credentials for its origin. */
public sealed interface ArchiveLocation {
    /** Names the archive in messages (never with credentials). */
    String describe();

    record Local(Path file) implements ArchiveLocation {
        @Override
        public String describe() {
            return file.toString();
        }
    }

    record Remote(URI uri, Credentials credentials) implements ArchiveLocation {
        @Override
        public String describe() {
            return uri.toString();
        }
    }
}
