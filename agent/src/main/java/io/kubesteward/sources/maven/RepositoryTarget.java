package io.kubesteward.sources.maven;

import io.kubesteward.http.Credentials;
import java.nio.file.Path;

/** Where a repository is read from: over HTTP(S), or from a mirror folder in Maven layout. */
sealed interface RepositoryTarget {
    /** The repository as declared, for messages; never with credentials. */
    String repository();

    /** Where a file of the repository is read from, for messages; never with credentials. */
    String where(String relativePath);

    /** @param url the URL contacted, without userinfo; {@code mirrored} when a mirror stands for the repository */
    record Remote(String url, Credentials credentials, String repository, boolean mirrored) implements RepositoryTarget {
        @Override
        public String where(String relativePath) {
            return url + "/" + relativePath + (mirrored ? " (mirror for " + repository + ")" : "");
        }
    }

    record Folder(Path directory, String repository) implements RepositoryTarget {
        @Override
        public String where(String relativePath) {
            return directory.resolve(relativePath) + " (mirror folder for " + repository + ")";
        }
    }
}
