package io.kubesteward.app;

import io.kubesteward.config.ConfigError;
import io.kubesteward.gitops.WorkspaceFailure;
import io.kubesteward.gitops.jgit.CheckoutRemote;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --repo URL|DIR}: a clone URL as given, or a local checkout's {@code origin} URL. */
final class RepoArgument {
    private RepoArgument() {
    }

    static String cloneUrl(String repo) throws ConfigError {
        if (repo == null) {
            return null;
        }
        if (repo.matches("(?i)[a-z][a-z0-9+.-]*://[^/@]*:[^/@]*@.*")) {
            throw new ConfigError("--repo", 0, 0, "the URL given to --repo carries credentials; give the URL without them "
                    + "and the token with git.tokenFrom ({env: VARIABLE} or {file: /path})");
        }
        if (repo.matches("(?i)[a-z][a-z0-9+.-]*://.*") || repo.matches("[^/\\s]+@[^:/\\s]+:.*")) {
            return repo;
        }
        Path dir = Path.of(repo);
        if (!Files.isDirectory(dir)) {
            throw new ConfigError("--repo", 0, 0, "'" + repo + "' is neither a clone URL nor a folder");
        }
        try {
            // CI checkouts carry a job token in origin (gitlab-ci-token:…@): Steward uses its own, from git.tokenFrom
            return CheckoutRemote.originUrl(dir).replaceFirst("^(?i)(https?://)[^/@]+@", "$1");
        } catch (WorkspaceFailure e) {
            throw new ConfigError("--repo", 0, 0, e.getMessage());
        }
    }
}
