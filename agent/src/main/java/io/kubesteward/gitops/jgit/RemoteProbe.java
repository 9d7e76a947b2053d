package io.kubesteward.gitops.jgit;

import io.kubesteward.gitops.WorkspaceFailure;
import io.kubesteward.gitops.WorkspaceSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Ref;

/**
 * git ls-remote with the same credentials, ssh keys and timeout a run would use: the base branch
 * for {@code validate --reachable}, and the tags of a repository a GitRepository pins. Nothing is
 * cloned or written but a temporary ssh home, removed afterwards.
 */
public final class RemoteProbe {
    private static final String TAGS = "refs/tags/";

    private RemoteProbe() {
    }

    /** What was found, in words ("main at 1a2b3c4"); a failure says why, as a run would. */
    public static String baseBranch(WorkspaceSettings settings) throws WorkspaceFailure {
        Collection<Ref> heads = lsRemote(settings, false);
        String wanted = "refs/heads/" + settings.baseBranch();
        for (Ref ref : heads) {
            if (ref.getName().equals(wanted)) {
                return settings.baseBranch() + " at " + ref.getObjectId().abbreviate(7).name();
            }
        }
        String shown = new Scrubber(settings.credentials()).scrub(settings.remoteUrl());
        throw new WorkspaceFailure(shown + " has no branch '" + settings.baseBranch() + "' ("
                + (heads.isEmpty() ? "it has no branches" : heads.size() + " other branch(es)") + "); set git.baseBranch");
    }

    /** The tag names of {@code settings.remoteUrl()}, without {@code refs/tags/} and without peeled {@code ^{}} entries. */
    public static List<String> tags(WorkspaceSettings settings) throws WorkspaceFailure {
        List<String> names = new ArrayList<>();
        for (Ref ref : lsRemote(settings, true)) {
            String name = ref.getName();
            if (name.startsWith(TAGS) && !name.endsWith("^{}")) {
                names.add(name.substring(TAGS.length()));
            }
        }
        return names;
    }

    private static Collection<Ref> lsRemote(WorkspaceSettings settings, boolean tags) throws WorkspaceFailure {
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
            try {
                return access.configure(Git.lsRemoteRepository().setRemote(uri).setHeads(!tags).setTags(tags)).call();
            } catch (GitAPIException | RuntimeException e) {
                throw access.failure("cannot reach " + access.shownUri(), e);
            }
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
