package io.kubesteward.gitops;

/**
 * A git operation failed: what failed, why, what to try. Messages are scrubbed of credentials and no
 * library exception travels with it as a cause (their messages can embed URLs with userinfo).
 */
public final class WorkspaceFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public WorkspaceFailure(String message) {
        super(message);
    }
}
