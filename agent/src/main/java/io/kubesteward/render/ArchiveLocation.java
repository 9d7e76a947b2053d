package io.kubesteward.render;

import io.kubesteward.http.Credentials;
import io.kubesteward.http.Redaction;
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

    /** @param sha256 the content's SHA-256 (hex) where the location itself names it (an OCI layer), else null */
    record Remote(URI uri, Credentials credentials, String sha256) implements ArchiveLocation {
        public Remote(URI uri, Credentials credentials) {
            this(uri, credentials, null);
        }

        @Override
        public String describe() {
            return shown(uri.toString());
        }
    }

    /** A URL as messages show it: no userinfo, and no query, where pre-signed URLs carry their signature. */
    static String shown(String url) {
        String shown = Redaction.url(url);
        int query = shown.indexOf('?');
        return query < 0 ? shown : shown.substring(0, query);
    }
}
