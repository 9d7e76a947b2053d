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
        return check(doc, file, "");
    }

    /** With the file's {@code content}, the error points at the first key the repository may not set. */
    static ConfigDocument check(ConfigDocument doc, String file, String content) throws ConfigError {
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
            int[] at = where(content, refused.get(0));
            throw new ConfigError(file, at[0], at[1], "the repository's own files may not set " + String.join(", ", refused)
                    + ": they decide where credentials go and how Steward runs, so they belong in the file given with --config");
        }
        return doc;
    }

    private static int[] where(String content, String key) {
        if (key.contains(".") || key.contains("[]")) {
            String[] parts = key.replace("[]", "").split("\\.");
            return KeyPosition.nthInSection(content, parts[0], parts[1], 0);
        }
        int[] at = KeyPosition.topLevel(content, key);
        return at == null ? new int[] {0, 0} : at;
    }
}
