package io.kubesteward.forge;

import java.util.List;

/**
 * A pull request after Steward wrote it, what that write was, and what the forge refused along the
 * way (a reviewer who is not a collaborator, say) without failing the whole.
 */
public record Published(PullRequest pullRequest, Change change, List<String> warnings) {
    public enum Change { CREATED, UPDATED, UNCHANGED }

    public Published {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
