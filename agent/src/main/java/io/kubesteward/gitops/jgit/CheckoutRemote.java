package io.kubesteward.gitops.jgit;

import io.kubesteward.gitops.WorkspaceFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/** {@code steward run --repo DIR}: the clone URL of a local checkout's {@code origin}, read without the user's git config. */
public final class CheckoutRemote {
    private CheckoutRemote() {
    }

    public static String originUrl(Path checkout) throws WorkspaceFailure {
        Path gitDir = checkout.resolve(".git");
        if (!Files.isDirectory(gitDir)) {
            throw new WorkspaceFailure(checkout + " is not a git checkout (no .git folder); pass its clone URL with --repo instead");
        }
        try (Repository repo = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build()) {
            String url = repo.getConfig().getString("remote", "origin", "url");
            if (url == null || url.isBlank()) {
                throw new WorkspaceFailure(checkout + " has no remote 'origin'; Steward pushes its branches there, so add one "
                        + "(git remote add origin URL) or pass the clone URL with --repo");
            }
            return url;
        } catch (IOException e) {
            throw new WorkspaceFailure("cannot read the git config of " + checkout + ": " + e.getMessage());
        }
    }
}
