package io.kubesteward.forge;

import java.util.List;

/**
 * Forge "none": Steward pushes branches and opens nothing. Finds nothing, and refuses every write
 * with {@link ForgeFailure.Kind#NOT_CONFIGURED}, which the run reports as "pushed, no pull request".
 */
public final class NoForge implements Forge {
    @Override
    public ForgeKind kind() {
        return ForgeKind.NONE;
    }

    @Override
    public String describe() {
        return "no forge configured";
    }

    @Override
    public BranchPullRequests find(String headBranch) {
        return BranchPullRequests.none(headBranch);
    }

    @Override
    public Published create(PullRequestDraft draft) throws ForgeFailure {
        throw notConfigured("open a pull request from " + draft.head() + " into " + draft.base());
    }

    @Override
    public Published update(PullRequest existing, PullRequestDraft draft) throws ForgeFailure {
        throw notConfigured("update pull request #" + existing.number());
    }

    @Override
    public List<String> requestReview(PullRequest pullRequest, List<String> reviewers, List<String> assignees)
            throws ForgeFailure {
        throw notConfigured("request reviews on pull request #" + pullRequest.number());
    }

    @Override
    public void comment(PullRequest pullRequest, String text) throws ForgeFailure {
        throw notConfigured("comment on pull request #" + pullRequest.number());
    }

    @Override
    public PullRequest closeSuperseded(PullRequest old, PullRequest newer) throws ForgeFailure {
        throw notConfigured("close pull request #" + old.number());
    }

    @Override
    public List<PullRequest> openPullRequests(String headPrefix) {
        return List.of();
    }

    private static ForgeFailure notConfigured(String action) {
        return new ForgeFailure(ForgeFailure.Kind.NOT_CONFIGURED, 0, action, "no forge configured; the branch was pushed",
                "open the pull request by hand, or configure a forge (github, gitlab or gitea) and a token");
    }

    @Override
    public String toString() {
        return "NoForge";
    }
}
