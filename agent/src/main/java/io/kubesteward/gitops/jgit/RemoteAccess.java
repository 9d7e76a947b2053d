package io.kubesteward.gitops.jgit;

import io.kubesteward.gitops.WorkspaceFailure;
import io.kubesteward.gitops.WorkspaceSettings;
import java.nio.file.Path;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * How Steward reaches the remote: the token for https or the ssh key and known hosts for ssh, the timeout,
 * and what a failure means in words. Close it to stop the ssh client.
 */
final class RemoteAccess implements AutoCloseable {
    private static final String SSH_HOME = "steward-ssh";

    private final CredentialsProvider credentials;
    private final SshSessions ssh;
    private final int timeoutSeconds;
    private final Scrubber scrubber;
    private final String shownUri;

    private RemoteAccess(CredentialsProvider credentials, SshSessions ssh, int timeoutSeconds, Scrubber scrubber, String shownUri) {
        this.credentials = credentials;
        this.ssh = ssh;
        this.timeoutSeconds = timeoutSeconds;
        this.scrubber = scrubber;
        this.shownUri = shownUri;
    }

    /** For {@code uri} as {@link RemoteUrls#check} passed it; {@code workDir} is the clone, whose .git holds the ssh home. */
    static RemoteAccess open(WorkspaceSettings settings, String uri, Path workDir, Scrubber scrubber) throws WorkspaceFailure {
        int timeout = (int) Math.max(1, Math.min(Integer.MAX_VALUE, settings.timeout().toSeconds()));
        if (RemoteUrls.isSsh(uri)) {
            SshSessions ssh = SshSessions.open(settings.ssh(), uri, workDir.resolve(".git").resolve(SSH_HOME));
            return new RemoteAccess(null, ssh, timeout, scrubber, scrubber.scrub(uri));
        }
        CredentialsProvider credentials = settings.credentials().isNone() ? null
                : new UsernamePasswordCredentialsProvider(settings.credentials().username(), settings.credentials().revealToken());
        return new RemoteAccess(credentials, null, timeout, scrubber, scrubber.scrub(uri));
    }

    <C extends TransportCommand<C, ?>> C configure(C command) {
        command.setCredentialsProvider(credentials).setTimeout(timeoutSeconds);
        if (ssh != null) {
            command.setTransportConfigCallback(ssh::configure);
        }
        return command;
    }

    /** {@code action} ("cannot fetch from …") failed because of {@code e}. */
    WorkspaceFailure failure(String action, Throwable e) {
        if (ssh != null) {
            var why = ssh.explain(e);
            if (why.isPresent()) {
                return new WorkspaceFailure(action + ": " + scrubber.scrub(why.get()));
            }
        }
        return GitFailures.of(action, shownUri, e, scrubber, credentials == null && ssh == null);
    }

    String shownUri() {
        return shownUri;
    }

    Scrubber scrubber() {
        return scrubber;
    }

    @Override
    public void close() {
        if (ssh != null) {
            ssh.close();
        }
    }
}
