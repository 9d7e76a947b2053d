package io.kubesteward.app;

import io.kubesteward.config.ConfigError;
import io.kubesteward.config.GitConfig;
import io.kubesteward.gitops.GitCredentials;
import io.kubesteward.gitops.GitIdentity;
import io.kubesteward.gitops.SshSettings;
import io.kubesteward.gitops.SshSigning;
import io.kubesteward.gitops.WorkspaceSettings;
import java.nio.file.Path;

/** ssh access and commit signing from {@code git.ssh} and {@code git.signingKey}, passphrases read where they point. */
final class GitAccess {
    private GitAccess() {
    }

    /** What a run clones with: {@code git.url}, its base branch, identity, token, ssh and signing. */
    static WorkspaceSettings settings(GitConfig git, Secrets secrets, Path workDir) throws ConfigError {
        GitIdentity identity = new GitIdentity(git.author().name(), git.author().email());
        GitCredentials credentials = git.tokenFrom() == null ? GitCredentials.none()
                : GitCredentials.token(git.username(), secrets.token(git.tokenFrom(), "the git token (git.tokenFrom)"));
        try {
            return withSshAndSigning(new WorkspaceSettings(git.url(), git.baseBranch(), workDir, git.branchPrefix(), identity, identity,
                    git.signOff(), credentials, null), git, secrets);
        } catch (IllegalArgumentException e) {
            throw new ConfigError("configuration", 0, 0, "git: " + e.getMessage());
        }
    }

    static WorkspaceSettings withSshAndSigning(WorkspaceSettings settings, GitConfig git, Secrets secrets) throws ConfigError {
        WorkspaceSettings out = settings;
        if (git.ssh() != null) {
            String passphrase = git.ssh().passphraseFrom() == null ? null
                    : secrets.token(git.ssh().passphraseFrom(), "the ssh key passphrase (git.ssh.passphraseFrom)");
            out = out.withSsh(new SshSettings(Path.of(git.ssh().keyFile()), passphrase, Path.of(git.ssh().knownHosts()),
                    Boolean.TRUE.equals(git.ssh().acceptNewHosts())));
        }
        if (git.signingKey() != null) {
            String passphrase = git.signingPassphraseFrom() == null ? null
                    : secrets.token(git.signingPassphraseFrom(), "the signing key passphrase (git.signingPassphraseFrom)");
            out = out.withSigning(new SshSigning(Path.of(git.signingKey()), passphrase));
        }
        return out;
    }
}
