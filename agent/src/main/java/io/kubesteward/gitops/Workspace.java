package io.kubesteward.gitops;

import java.nio.file.Path;
import java.util.List;

/**
 * Steward's clone of the GitOps repository. The working tree under {@link #root()} always shows the
 * base branch's head as fetched (read it with {@link LocalRepository}); Steward's commits are made
 * beside it, so proposals never see each other's edits. Use from one thread at a time.
 */
public interface Workspace extends AutoCloseable {

    /** The working tree: the base branch at {@link #baseCommit()}. */
    Path root();

    String baseBranch();

    /** The full id of the base branch's head as fetched. */
    String baseCommit();

    /** Steward's branches on the remote as fetched (and as Steward's own pushes since left them), sorted by name. */
    List<RemoteBranch> stewardBranches() throws WorkspaceFailure;

    /**
     * Makes one commit on top of the base head holding {@code files} (whole new contents), with the
     * configured identities and trailers, as local branch {@code branch}. Nothing is sent.
     *
     * @throws WorkspaceFailure when the branch name is not Steward's, a path cannot be written (it is
     *                          a symlink, a submodule or crosses a file), or the files change nothing
     */
    PreparedBranch branchFromBase(String branch, List<FileContent> files, String message) throws WorkspaceFailure;

    /**
     * Publishes a prepared branch. A new branch is pushed plainly; an existing one is replaced (with a
     * lease on the id Steward saw) only when it is all Steward's work, and left alone when it already
     * holds the same content on the same base.
     *
     * @throws WorkspaceFailure before any network call when the branch is not Steward's to write, or
     *                          when the remote cannot be reached or refuses the credentials
     */
    PushOutcome push(PreparedBranch branch) throws WorkspaceFailure;

    /** Deletes a Steward branch on the remote (a superseded proposal) when it is all Steward's work. */
    PushOutcome deleteRemoteBranch(String branch) throws WorkspaceFailure;

    @Override
    void close();
}
