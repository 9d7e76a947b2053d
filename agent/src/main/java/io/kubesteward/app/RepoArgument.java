package io.kubesteward.app;

import io.kubesteward.config.ConfigError;
import io.kubesteward.gitops.WorkspaceFailure;
import io.kubesteward.gitops.jgit.CheckoutRemote;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --repo URL|DIR}: a clone URL as given (https, ssh, scp-like {@code [user@]host:path}, {@code file://}), a bare
 * repository's folder, or a local checkout's {@code origin}, whatever its form: a plain path there (absolute, or
 * relative to the checkout, as git reads it) becomes a {@code file://} URL.
 */
final class RepoArgument {
    private static final String URL = "(?i)[a-z][a-z0-9+.-]*://.*";
    private static final String SCP_LIKE = "([^/\\s@]+@)?[A-Za-z0-9][A-Za-z0-9.-]*:(?!//).*";

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
        Path dir = Path.of(repo);
        if (repo.matches(URL) && !repo.matches("(?i)(https?|ssh|git\\+ssh|file)://.*")) {
            throw new ConfigError("--repo", 0, 0, "'" + repo + "' is a URL Steward cannot clone; give an https://, ssh:// or file:// URL,"
                    + " git@host:path, or a folder (a checkout or a bare repository)");
        }
        if (repo.matches(URL) || (!Files.isDirectory(dir) && repo.matches(SCP_LIKE))) {
            return repo;
        }
        if (!Files.isDirectory(dir)) {
            throw new ConfigError("--repo", 0, 0, "'" + repo + "' is neither a clone URL nor a folder");
        }
        if (CheckoutRemote.bare(dir)) {
            return fileUrl(dir.toAbsolutePath());
        }
        String origin;
        try {
            origin = CheckoutRemote.originUrl(dir);
        } catch (WorkspaceFailure e) {
            throw new ConfigError("--repo", 0, 0, e.getMessage());
        }
        if (origin.matches(URL) || origin.matches(SCP_LIKE) && !Files.exists(dir.resolve(origin))) {
            // CI checkouts carry a job token in origin (gitlab-ci-token:…@): Steward uses its own, from git.tokenFrom
            return origin.replaceFirst("^(?i)(https?://)[^/@]+@", "$1");
        }
        return fileUrl(dir.toAbsolutePath().resolve(origin));
    }

    private static String fileUrl(Path path) {
        return "file://" + path.normalize().toString().replace('\\', '/');
    }
}
