package io.kubesteward.gitops;

/** The facts about one commit that decide whether it is Steward's. */
public record CommitSummary(String id, String authorName, String authorEmail, String committerEmail, int parentCount) {
    public String shortId() {
        return id.length() > 7 ? id.substring(0, 7) : id;
    }
}
