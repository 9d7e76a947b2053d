package io.kubesteward.gitops;

import java.util.List;

/**
 * A Steward commit made locally on top of the base branch's head, not yet pushed. Ids are full
 * hexadecimal object names.
 */
public record PreparedBranch(String name, String commitId, String treeId, String baseCommitId, List<String> changedPaths) {
    public PreparedBranch {
        changedPaths = List.copyOf(changedPaths);
    }
}
