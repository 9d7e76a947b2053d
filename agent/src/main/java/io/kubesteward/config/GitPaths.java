package io.kubesteward.config;

import java.nio.file.Path;

/** Relative paths in {@code git:} (work dir, ssh key, known_hosts, signing key) are relative to the file that wrote them. */
final class GitPaths {
    private GitPaths() {
    }

    static GitConfig anchored(GitConfig git, Path baseDir) {
        GitSshConfig ssh = git.ssh() == null ? null : new GitSshConfig(at(baseDir, git.ssh().keyFile()), git.ssh().passphraseFrom(),
                at(baseDir, git.ssh().knownHosts()), git.ssh().acceptNewHosts());
        return new GitConfig(git.url(), git.baseBranch(), git.branchPrefix(), git.author(), git.signOff(), git.username(),
                git.tokenFrom(), at(baseDir, git.workDir()), ssh, at(baseDir, git.signingKey()), git.signingPassphraseFrom());
    }

    private static String at(Path baseDir, String path) {
        return path == null ? null : baseDir.resolve(path).normalize().toString();
    }
}
