package io.kubesteward.sources.helm;

import io.kubesteward.http.Credentials;
import io.kubesteward.http.Redaction;
import java.net.URI;
import java.nio.file.Path;

/** Where a repository's index.yaml is read from: over HTTP, or from a mirror folder. */
sealed interface IndexLocation {
    /** The index as people should see it in messages; never with credentials. */
    String display();

    record Remote(URI uri, Credentials credentials, String mirrorOf) implements IndexLocation {
        @Override
        public String display() {
            return Redaction.url(uri) + (mirrorOf == null ? "" : " (mirror for " + mirrorOf + ")");
        }
    }

    record Folder(Path indexFile, String mirrorOf) implements IndexLocation {
        @Override
        public String display() {
            return indexFile + " (mirror for " + mirrorOf + ")";
        }
    }
}
