package io.kubesteward.gitops.jgit;

import io.kubesteward.gitops.WorkspaceFailure;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Turns JGit's exceptions into scrubbed, causeless failures that say what to try. */
final class GitFailures {
    private GitFailures() {
    }

    /**
     * {@code action} ("cannot fetch from https://…") failed because of {@code e}; the action already names the URL.
     * {@code anonymous}: no token or key was offered, so a refusal asks for one rather than doubting it.
     */
    static WorkspaceFailure of(String action, String shownUri, Throwable e, Scrubber scrubber, boolean anonymous) {
        String why = tidy(scrubber.scrub(reasons(e)), shownUri);
        String lower = why.toLowerCase(Locale.ROOT);
        String advice = anonymous && (lower.contains("not authorized") || lower.contains("authentication"))
                ? ". Steward had no credentials for this host: git.tokenFrom is sent to the host of git.url only." : advice(e, lower);
        return new WorkspaceFailure(action + ": " + why + advice);
    }

    /** JGit repeats the URL and the remote's name in front of every reason; the action says it once. */
    private static String tidy(String why, String shownUri) {
        String uri = shownUri.endsWith("/") ? shownUri.substring(0, shownUri.length() - 1) : shownUri;
        String out = why.replace("Invalid remote: " + RemoteSync.REMOTE + ": ", "")
                .replace(uri + "/: ", "").replace(uri + ": ", "").strip();
        while (out.endsWith(".")) {
            out = out.substring(0, out.length() - 1);
        }
        return out.isEmpty() ? "no reason given" : out;
    }

    /** The distinct messages along the cause chain: JGit wraps the telling one (connection refused) deep. */
    private static String reasons(Throwable e) {
        Set<String> parts = new LinkedHashSet<>();
        for (Throwable t = e; t != null && parts.size() < 4; t = t.getCause()) {
            String m = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage().strip();
            if (parts.stream().noneMatch(p -> p.contains(m))) {
                parts.add(m);
            }
        }
        return String.join(": ", parts);
    }

    private static String advice(Throwable e, String why) {
        if (why.contains("not authorized") || why.contains("authentication")) {
            return ". Check that the token is set, has not expired, and may read and write this repository.";
        }
        if (why.contains("not found") || why.contains("not a git repository")) {
            return ". Check the repository URL, and that the token may see the repository (some forges answer"
                    + " 'not found' to tokens without access).";
        }
        if (why.contains("not permitted") || why.contains("forbidden")) {
            return ". The server knows the token but refuses it here: grant it write access to the repository.";
        }
        if (hasCause(e, UnknownHostException.class) || hasCause(e, ConnectException.class)
                || hasCause(e, SocketTimeoutException.class) || why.contains("timed out") || why.contains("timeout")) {
            return ". Check the host name, the network path and any proxy; or raise the git timeout.";
        }
        return ".";
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
