package io.kubesteward.app;

import io.kubesteward.config.ConfigError;
import io.kubesteward.config.GitConfig;
import io.kubesteward.gitops.GitIdentity;
import io.kubesteward.gitops.WorkspaceFailure;
import io.kubesteward.gitops.WorkspaceSettings;
import io.kubesteward.gitops.jgit.RemoteProbe;
import io.kubesteward.http.HttpSettings;
import io.kubesteward.sources.git.RemoteTags;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The git access a run has, offered to the repositories GitRepositories pin: {@code git.url}'s
 * token and ssh key go only to remotes on that same host; any other remote is asked anonymously,
 * so a token is never sent where the operator did not point it.
 */
final class GitTagAccess implements RemoteTags {
    private static final GitIdentity NOBODY = new GitIdentity("Steward", "steward@localhost");

    private final GitConfig git;
    private final Secrets secrets;
    private final HttpSettings http;

    /** {@code http} says which hosts may be contacted at all ({@code http.allowedHosts}), for git as for HTTP. */
    GitTagAccess(GitConfig git, Secrets secrets, HttpSettings http) {
        this.git = git;
        this.secrets = secrets;
        this.http = http;
    }

    @Override
    public List<String> tags(String url) throws Unavailable {
        String host = host(url);
        if (host != null && !http.allows(host, port(url))) {
            throw new Unavailable("blocked: host '" + host + "' is not among the allowed hosts " + new java.util.TreeSet<>(
                    http.allowedHosts()) + "; add it to http.allowedHosts");
        }
        try {
            return RemoteProbe.tags(settingsFor(url));
        } catch (WorkspaceFailure e) {
            throw new Unavailable(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new Unavailable("cannot list the tags of " + url + ": " + e.getMessage());
        }
    }

    private WorkspaceSettings settingsFor(String url) throws Unavailable {
        Path scratch = Path.of(System.getProperty("java.io.tmpdir"));
        String own = git == null ? null : git.url();
        if (own != null && host(own) != null && host(own).equals(host(url))) {
            try {
                return GitAccess.settings(git, secrets, scratch).withRemoteUrl(url);
            } catch (ConfigError e) {
                throw new Unavailable("cannot list the tags of " + url + " with the git access of " + own + ": " + e.getMessage());
            }
        }
        return WorkspaceSettings.of(url, "main", scratch, NOBODY);
    }

    private static int port(String url) {
        try {
            return url.contains("://") ? URI.create(url.trim()).getPort() : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** The host of an https, ssh or scp-like ({@code git@host:org/repo}) URL, lower case; null for a path. */
    static String host(String url) {
        String text = url.trim();
        if (!text.contains("://")) {
            int at = text.indexOf('@');
            int colon = text.indexOf(':');
            return colon > at + 1 && !text.startsWith("/") ? text.substring(at + 1, colon).toLowerCase(Locale.ROOT) : null;
        }
        try {
            String host = URI.create(text).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
