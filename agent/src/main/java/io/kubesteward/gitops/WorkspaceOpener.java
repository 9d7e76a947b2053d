package io.kubesteward.gitops;

/** Clones the repository, or fetches into the clone an earlier run left, and hands out the workspace. */
@FunctionalInterface
public interface WorkspaceOpener {
    Workspace open(WorkspaceSettings settings) throws WorkspaceFailure;
}
