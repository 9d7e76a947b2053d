package io.kubesteward.gitops.jgit;

import io.kubesteward.gitops.WorkspaceFailure;
import io.kubesteward.gitops.WorkspaceSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Ref;

/**
 * {@code validate --reachable}: asks the remote for its branches (git ls-remote) with the same
 * credentials, ssh keys and timeout a run would use, and finds the base branch there. Nothing is
 * cloned or written but a temporary ssh home, removed afterwards.
 */
public final class RemoteProbe {
    private RemoteProbe() {
    }

    /** What was found, in words ("main at 1a2b3c4"); a failure says why, as a run would. */
    public static String baseBranch(WorkspaceSettings settings) throws WorkspaceFailure {
        IsolatedGitConfig.install();
        Scrubber scrubber = new Scrubber(settings.credentials());
        String uri = RemoteUrls.check(settings, scrubber);
        Path home;
        try {
            home = Files.createTempDirectory("steward-probe");
        } catch (IOException e) {
            throw new WorkspaceFailure("cannot make a temporary folder to reach " + scrubber.scrub(uri) + ": " + e.getMessage());
        }
        try (RemoteAccess access = RemoteAccess.open(settings, uri, home, scrubber)) {
            Collection<Ref> heads;
            try {
                heads = access.configure(Git.lsRemoteRepository().setRemote(uri).setHeads(true)).call();
            } catch (GitAPIException | RuntimeException e) {
                throw access.failure("cannot reach " + access.shownUri(), e);
            }
            String wanted = "refs/heads/" + settings.baseBranch();
            for (Ref ref : heads) {
                if (ref.getName().equals(wanted)) {
                    return settings.baseBranch() + " at " + ref.getObjectId().abbreviate(7).name();
                }
            }
            throw new WorkspaceFailure(access.shownUri() + " has no branch '" + settings.baseBranch() + "' ("
                    + (heads.isEmpty() ? "it has no branches" : heads.size() + " other branch(es)") + "); set git.baseBranch");
        } finally {
            try {
                org.eclipse.jgit.util.FileUtils.delete(home.toFile(), org.eclipse.jgit.util.FileUtils.RECURSIVE
                        | org.eclipse.jgit.util.FileUtils.SKIP_MISSING);
            } catch (IOException e) {
                // a temporary folder left behind is no reason to fail the check
            }
        }
    }
}
