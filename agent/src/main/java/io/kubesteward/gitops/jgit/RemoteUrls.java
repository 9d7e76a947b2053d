package io.kubesteward.gitops.jgit;

import io.kubesteward.gitops.GitCredentials;
import io.kubesteward.gitops.WorkspaceFailure;
import io.kubesteward.gitops.WorkspaceSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jgit.transport.URIish;

/** Which remote URLs Steward accepts, decided before any connection. */
final class RemoteUrls {
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private RemoteUrls() {
    }

    /** The remote URL as JGit should use it, or why Steward will not use it. */
    static String check(WorkspaceSettings settings, Scrubber scrubber) throws WorkspaceFailure {
        String url = settings.remoteUrl();
        GitCredentials credentials = settings.credentials();
        String shown = scrubber.scrub(url);
        String lower = url.toLowerCase(Locale.ROOT);
        if (isSsh(url)) {
            return checkSsh(url, shown, settings.ssh() != null);
        }
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return checkHttp(url, shown, lower.startsWith("http://"), credentials);
        }
        if (lower.startsWith("file://")) {
            return url;
        }
        if (lower.contains("://")) {
            throw new WorkspaceFailure("cannot use remote " + shown + ": Steward speaks https, ssh, file:// and local paths"
                    + " only. Use the repository's https URL with a token, or its ssh URL with a key.");
        }
        try {
            if (!Path.of(url).isAbsolute()) {
                throw new WorkspaceFailure("cannot use remote " + shown + ": a local repository must be given as an absolute"
                        + " path or a file:// URL, so that it does not depend on the directory Steward starts in.");
            }
        } catch (InvalidPathException e) {
            throw new WorkspaceFailure("cannot use remote " + shown + ": it is neither a URL nor a valid path.");
        }
        return url;
    }

    private static String checkHttp(String url, String shown, boolean plain, GitCredentials credentials) throws WorkspaceFailure {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new WorkspaceFailure("cannot use remote " + shown + ": it is not a valid URL.");
        }
        if (uri.getHost() == null) {
            throw new WorkspaceFailure("cannot use remote " + shown + ": it names no host.");
        }
        if (uri.getRawUserInfo() != null && uri.getRawUserInfo().contains(":")) {
            throw new WorkspaceFailure("cannot use remote " + shown + ": the URL carries a password or token. Remove it from"
                    + " the URL and give the token through the environment or a file, so that it cannot end up in logs.");
        }
        if (plain && !credentials.isNone() && !LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            throw new WorkspaceFailure("cannot use remote " + shown + ": plain http would send the token unencrypted."
                    + " Use the https URL.");
        }
        return url;
    }

    /** {@code ssh://…}, {@code git+ssh://…} or scp-like {@code git@host:org/repo.git}. */
    static boolean isSsh(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("ssh://") || lower.startsWith("git+ssh://") || lower.startsWith("ssh+git://") || isScpLike(url);
    }

    private static String checkSsh(String url, String shown, boolean configured) throws WorkspaceFailure {
        if (!configured) {
            throw new WorkspaceFailure("cannot use remote " + shown + ": it is an ssh URL, and no ssh key is configured. Set the"
                    + " private key file and the known_hosts file (git.ssh.keyFile, git.ssh.knownHosts), or use the https URL"
                    + " with a token.");
        }
        URIish uri;
        try {
            uri = new URIish(url);
        } catch (URISyntaxException e) {
            throw new WorkspaceFailure("cannot use remote " + shown + ": it is not a valid ssh URL.");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new WorkspaceFailure("cannot use remote " + shown + ": it names no host.");
        }
        if (uri.getPass() != null) {
            throw new WorkspaceFailure("cannot use remote " + shown + ": the URL carries a password. Steward logs in to ssh"
                    + " remotes with the key only; remove the password from the URL.");
        }
        return url;
    }

    /** {@code git@host:org/repo.git}: scp-like syntax, which git reads as ssh. */
    private static boolean isScpLike(String url) {
        int colon = url.indexOf(':');
        int slash = url.indexOf('/');
        return colon > 0 && !url.contains("://") && (slash < 0 || colon < slash) && !(colon == 1 && url.length() > 2
                && (url.charAt(2) == '\\' || url.charAt(2) == '/'));
    }
}
