package io.kubesteward.config;

import java.util.ArrayList;
import java.util.List;

/**
 * What the repository's own {@code .steward/} files may set. Anyone who can merge to the
 * repository writes them, so they may choose rules and mirrors, but not where credentials are read
 * from or sent, nor how Steward itself runs: those belong to whoever runs Steward (--config, --rules).
 */
final class RepositoryLayer {
    private RepositoryLayer() {
    }

    static ConfigDocument check(ConfigDocument doc, String file) throws ConfigError {
        List<String> refused = new ArrayList<>();
        if (doc.repositories().stream().anyMatch(r -> r.auth() != null)) {
            refused.add("repositories[].auth");
        }
        if (doc.git() != null) {
            refused.add("git");
        }
        if (doc.forge() != null) {
            refused.add("forge");
        }
        if (doc.registries() != null) {
            refused.add("registries");
        }
        if (doc.operations() != null) {
            refused.add("operations");
        }
        if (doc.schedules() != null) {
            refused.add("schedules");
        }
        if (doc.cluster() != null) {
            refused.add("cluster");
        }
        if (doc.http() != null && doc.http().cacheDir() != null) {
            refused.add("http.cacheDir");
        }
        if (!refused.isEmpty()) {
            throw new ConfigError(file, 0, 0, "the repository's own files may not set " + String.join(", ", refused)
                    + ": they decide where credentials go and how Steward runs, so they belong in the file given with --config");
        }
        return doc;
    }
}
