package io.kubesteward.gitops.jgit;

import io.kubesteward.gitops.WorkspaceFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * {@code steward run --repo DIR}: the clone URL of a local checkout's {@code origin} (a worktree's {@code .git} file
 * followed), read without the user's git config; or a bare repository, which is its own clone URL.
 */
public final class CheckoutRemote {
    private CheckoutRemote() {
    }

    /** A bare repository's folder: {@code HEAD}, {@code objects/} and {@code refs/} at its top, no work tree. */
    public static boolean bare(Path dir) {
        return !Files.exists(dir.resolve(".git")) && Files.isRegularFile(dir.resolve("HEAD")) && Files.isDirectory(dir.resolve("objects"))
                && Files.isDirectory(dir.resolve("refs"));
    }

    public static String originUrl(Path checkout) throws WorkspaceFailure {
        if (!Files.exists(checkout.resolve(".git"))) {
            throw new WorkspaceFailure(checkout + " is neither a git checkout (no .git) nor a bare repository; pass its clone URL with --repo"
                    + " instead");
        }
        try (Repository repo = new FileRepositoryBuilder().setWorkTree(checkout.toFile()).setMustExist(true).build()) {
            String url = repo.getConfig().getString("remote", "origin", "url");
            if (url == null || url.isBlank()) {
                throw new WorkspaceFailure(checkout + " has no remote 'origin'; Steward pushes its branches there, so add one "
                        + "(git remote add origin URL) or pass the clone URL with --repo");
            }
            return url;
        } catch (IOException | IllegalArgumentException e) {
            throw new WorkspaceFailure("cannot read the git config of " + checkout + ": " + e.getMessage());
        }
    }
}
