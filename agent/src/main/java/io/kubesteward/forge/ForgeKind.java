package io.kubesteward.forge;

/** Which forge a repository lives on, with what differs between them that is not an endpoint. */
public enum ForgeKind {
    GITHUB("GitHub", 65_536),
    GITLAB("GitLab", 1_000_000),
    /** Gitea and Forgejo, which share one API. Gitea documents no body limit; GitHub's is a safe bound. */
    GITEA("Gitea", 65_536),
    /** No forge: Steward pushes branches and opens nothing. */
    NONE("no forge", Integer.MAX_VALUE);

    private final String displayName;
    private final int bodyLimit;

    ForgeKind(String displayName, int bodyLimit) {
        this.displayName = displayName;
        this.bodyLimit = bodyLimit;
    }

    public String displayName() {
        return displayName;
    }

    /** The longest pull request description the forge accepts, in characters. */
    public int bodyLimit() {
        return bodyLimit;
    }
}
