package io.kubesteward.gitops.jgit;

import io.kubesteward.gitops.WorkspaceFailure;
import io.kubesteward.gitops.WorkspaceSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.TagOpt;

/**
 * Brings the work directory up to date with the remote: a fresh shallow clone (depth 1 of the base
 * branch and of each Steward branch; back to {@code historySince} when the history is wanted), or a fetch into the
 * clone an earlier run left, then the working tree reset to the base head. Everything Steward writes stays under the work directory.
 */
final class RemoteSync {
    static final String REMOTE = "origin";
    private static final String HOOKS_DIR = "steward-no-hooks";

    private final WorkspaceSettings settings;
    private final String uri;
    private final String shownUri;
    private final RemoteAccess access;
    private final Scrubber scrubber;

    RemoteSync(WorkspaceSettings settings, String uri, RemoteAccess access) {
        this.settings = settings;
        this.uri = uri;
        this.shownUri = access.shownUri();
        this.access = access;
        this.scrubber = access.scrubber();
    }

    static String trackingRef(String branch) {
        return Constants.R_REMOTES + REMOTE + "/" + branch;
    }

    Git open(Path dir) throws WorkspaceFailure {
        try {
            switch (WorkDirs.state(dir)) {
                case FOREIGN -> throw WorkDirs.foreign(dir);
                case STEWARDS -> {
                    Git reused = reuse(dir);
                    if (reused != null) {
                        return reused;
                    }
                    WorkDirs.wipe(dir);
                }
                case EMPTY -> { }
            }
            return fresh(dir);
        } catch (IOException e) {
            throw new WorkspaceFailure("cannot prepare the work directory " + dir + ": " + scrubber.scrub(e.getMessage())
                    + ". Check that it is on a writable volume with free space.");
        }
    }

    /** Fetches into an earlier clone; null when that clone is unusable (another remote, broken) and must go. */
    private Git reuse(Path dir) throws WorkspaceFailure {
        Git git;
        try {
            git = Git.open(dir.toFile());
        } catch (IOException broken) {
            return null;
        }
        try {
            if (!uri.equals(git.getRepository().getConfig().getString("remote", REMOTE, "url"))) {
                git.close();
                return null;
            }
            update(git);
            return git;
        } catch (WorkspaceFailure e) {
            git.close();
            throw e;
        } catch (IOException | GitAPIException | JGitInternalException broken) {
            git.close();
            return null;
        }
    }

    private Git fresh(Path dir) throws IOException, WorkspaceFailure {
        Files.createDirectories(dir);
        Git git;
        try {
            git = Git.init().setDirectory(dir.toFile()).setInitialBranch(settings.baseBranch()).call();
        } catch (GitAPIException e) {
            throw new IOException(e.getMessage(), e);
        }
        try {
            WorkDirs.mark(dir);
            update(git);
            return git;
        } catch (IOException | GitAPIException | JGitInternalException e) {
            git.close();
            throw access.failure("cannot set up a clone of " + shownUri + " in " + dir, e);
        } catch (WorkspaceFailure e) {
            git.close();
            throw e;
        }
    }

    private void update(Git git) throws IOException, GitAPIException, WorkspaceFailure {
        configure(git.getRepository());
        fetch(git);
        resetToBase(git);
    }

    /** The repository's own config is the only one JGit reads (see IsolatedGitConfig); Steward rewrites it each run. */
    private void configure(Repository repo) throws IOException {
        Path hooks = repo.getDirectory().toPath().resolve(HOOKS_DIR);
        Files.createDirectories(hooks);
        StoredConfig config = repo.getConfig();
        config.setString("remote", REMOTE, "url", uri);
        config.setStringList("remote", REMOTE, "fetch", List.of(baseSpec(), prefixSpec()));
        config.setString("core", null, "hooksPath", hooks.toAbsolutePath().toString());
        config.setBoolean("core", null, "autocrlf", false);
        config.setInt("gc", null, "auto", 0);
        config.setBoolean("commit", null, "gpgsign", false);
        config.setBoolean("tag", null, "gpgsign", false);
        config.save();
    }

    private void fetch(Git git) throws WorkspaceFailure {
        if (settings.historySince() != null) {
            try {
                access.configure(git.fetch()).setRemote(REMOTE).setRefSpecs(baseSpec(), prefixSpec()).setShallowSince(settings.historySince())
                        .setRemoveDeletedRefs(true).setTagOpt(TagOpt.NO_TAGS).call();
                return;
            } catch (GitAPIException | JGitInternalException e) {
                // no commit in the window, or a server without deepen-since: the head alone, as without history
            }
        }
        try {
            access.configure(git.fetch()).setRemote(REMOTE).setRefSpecs(baseSpec(), prefixSpec()).setDepth(1)
                    .setRemoveDeletedRefs(true).setTagOpt(TagOpt.NO_TAGS).call();
        } catch (TransportException e) {
            if (String.valueOf(e.getMessage()).contains("Remote does not have " + Constants.R_HEADS + settings.baseBranch() + " ")) {
                throw noBaseBranch();
            }
            throw access.failure("cannot fetch from " + shownUri, e);
        } catch (GitAPIException | JGitInternalException e) {
            throw access.failure("cannot fetch from " + shownUri, e);
        }
    }

    private WorkspaceFailure noBaseBranch() {
        return new WorkspaceFailure("the remote " + shownUri + " has no branch " + settings.baseBranch()
                + ". Set the base branch to the one pull requests should target.");
    }

    private void resetToBase(Git git) throws IOException, GitAPIException, WorkspaceFailure {
        Repository repo = git.getRepository();
        Ref base = repo.exactRef(trackingRef(settings.baseBranch()));
        if (base == null) {
            throw noBaseBranch();
        }
        RefUpdate head = repo.updateRef(Constants.HEAD);
        head.link(Constants.R_HEADS + settings.baseBranch());
        git.reset().setMode(ResetType.HARD).setRef(base.getObjectId().name()).call();
        git.clean().setCleanDirectories(true).setIgnore(false).setForce(true).call();
        for (Ref local : repo.getRefDatabase().getRefsByPrefix(Constants.R_HEADS + settings.branchPrefix())) {
            RefUpdate drop = repo.updateRef(local.getName());
            drop.setForceUpdate(true);
            drop.delete();
        }
    }

    ObjectId baseHead(Repository repo) throws IOException {
        return repo.exactRef(trackingRef(settings.baseBranch())).getObjectId();
    }

    private String baseSpec() {
        return "+" + Constants.R_HEADS + settings.baseBranch() + ":" + trackingRef(settings.baseBranch());
    }

    private String prefixSpec() {
        return "+" + Constants.R_HEADS + settings.branchPrefix() + "*:" + trackingRef(settings.branchPrefix() + "*");
    }
}
