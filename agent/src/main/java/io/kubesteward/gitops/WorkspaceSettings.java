package io.kubesteward.gitops;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the repository is and how Steward writes to it.
 *
 * @param remoteUrl   https URL, ssh URL ({@code ssh://…} or {@code git@host:org/repo.git}), {@code file://} URL or
 *                    absolute path of the GitOps repository; never with a password or token in it
 * @param baseBranch  the branch pull requests target; Steward never pushes to it
 * @param workDir     Steward's own directory for the clone; reused (and fetched) on the next run
 * @param branchPrefix the only branches Steward writes, e.g. {@code steward/}
 * @param author      the author of Steward's commits
 * @param committer   the committer of Steward's commits (often the same)
 * @param signOff     whether to add a {@code Signed-off-by:} trailer naming the committer (for DCO checks)
 * @param credentials token for https remotes, or {@link GitCredentials#none()}
 * @param timeout     how long one network operation may stall
 * @param ssh         key and known_hosts for an ssh remote, or null when the remote is not ssh
 * @param signing     the SSH key that signs Steward's commits, or null to leave them unsigned
 */
public record WorkspaceSettings(String remoteUrl, String baseBranch, Path workDir, String branchPrefix,
                                GitIdentity author, GitIdentity committer, boolean signOff,
                                GitCredentials credentials, Duration timeout, SshSettings ssh, SshSigning signing, java.time.Instant historySince) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public WorkspaceSettings {
        if (remoteUrl == null || remoteUrl.isBlank()) {
            throw new IllegalArgumentException("no repository URL given");
        }
        if (workDir == null) {
            throw new IllegalArgumentException("no work directory given for the clone");
        }
        if (author == null) {
            throw new IllegalArgumentException("no commit author given");
        }
        branchPrefix = branchPrefix == null ? BranchRules.DEFAULT_PREFIX : branchPrefix;
        new BranchRules(baseBranch, branchPrefix);
        committer = committer == null ? author : committer;
        credentials = credentials == null ? GitCredentials.none() : credentials;
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the git timeout must be positive, not " + timeout);
        }
    }

    /** Without ssh settings and unsigned; add them with {@link #withSsh} and {@link #withSigning}. */
    public WorkspaceSettings(String remoteUrl, String baseBranch, Path workDir, String branchPrefix, GitIdentity author,
                             GitIdentity committer, boolean signOff, GitCredentials credentials, Duration timeout) {
        this(remoteUrl, baseBranch, workDir, branchPrefix, author, committer, signOff, credentials, timeout, null, null, null);
    }

    /** The defaults: prefix {@code steward/}, author as committer, no sign-off, no credentials, 60 s, unsigned. */
    public static WorkspaceSettings of(String remoteUrl, String baseBranch, Path workDir, GitIdentity identity) {
        return new WorkspaceSettings(remoteUrl, baseBranch, workDir, null, identity, null, false, null, null);
    }

    /** The same access (token, ssh, timeout) to another remote. */
    public WorkspaceSettings withRemoteUrl(String url) {
        return new WorkspaceSettings(url, baseBranch, workDir, branchPrefix, author, committer, signOff, credentials,
                timeout, ssh, signing, historySince);
    }

    public WorkspaceSettings withCredentials(GitCredentials newCredentials) {
        return new WorkspaceSettings(remoteUrl, baseBranch, workDir, branchPrefix, author, committer, signOff, newCredentials,
                timeout, ssh, signing, historySince);
    }

    public WorkspaceSettings withSsh(SshSettings newSsh) {
        return new WorkspaceSettings(remoteUrl, baseBranch, workDir, branchPrefix, author, committer, signOff, credentials,
                timeout, newSsh, signing, historySince);
    }

    public WorkspaceSettings withSigning(SshSigning newSigning) {
        return new WorkspaceSettings(remoteUrl, baseBranch, workDir, branchPrefix, author, committer, signOff, credentials,
                timeout, ssh, newSigning, historySince);
    }

    /** The base branch fetched with its history back to {@code since} (not only its head): what was merged before is read from it. */
    public WorkspaceSettings withHistorySince(java.time.Instant since) {
        return new WorkspaceSettings(remoteUrl, baseBranch, workDir, branchPrefix, author, committer, signOff, credentials,
                timeout, ssh, signing, since);
    }

    public BranchRules branchRules() {
        return new BranchRules(baseBranch, branchPrefix);
    }
}
