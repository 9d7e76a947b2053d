package io.kubesteward.gitops.jgit;

import io.kubesteward.gitops.GitCredentials;
import io.kubesteward.gitops.WorkspaceFailure;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Which remote URLs Steward accepts, decided before any connection. */
final class RemoteUrls {
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private RemoteUrls() {
    }

    /** {@code url} as JGit should use it, or why Steward will not use it. */
    static String check(String url, GitCredentials credentials, Scrubber scrubber) throws WorkspaceFailure {
        String shown = scrubber.scrub(url);
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("ssh://") || lower.startsWith("git+ssh://") || isScpLike(url)) {
            throw new WorkspaceFailure("cannot use remote " + shown + ": ssh remotes are not supported, because JGit's ssh"
                    + " transport (org.eclipse.jgit.ssh.apache) is not on Steward's classpath. Use the repository's https URL"
                    + " with a token.");
        }
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return checkHttp(url, shown, lower.startsWith("http://"), credentials);
        }
        if (lower.startsWith("file://")) {
            return url;
        }
        if (lower.contains("://")) {
            throw new WorkspaceFailure("cannot use remote " + shown + ": Steward speaks https, file:// and local paths only."
                    + " Use the repository's https URL with a token.");
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

    /** {@code git@host:org/repo.git}: scp-like syntax, which git reads as ssh. */
    private static boolean isScpLike(String url) {
        int colon = url.indexOf(':');
        int slash = url.indexOf('/');
        return colon > 0 && !url.contains("://") && (slash < 0 || colon < slash) && !(colon == 1 && url.length() > 2
                && (url.charAt(2) == '\\' || url.charAt(2) == '/'));
    }
}
