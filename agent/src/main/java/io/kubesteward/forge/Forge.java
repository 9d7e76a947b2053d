package io.kubesteward.forge;

import java.util.List;

/**
 * The port to a forge's pull requests. Runs are stateless: before opening a pull request Steward
 * finds the one for its branch and updates it in place, so a re-run never makes a duplicate.
 */
public interface Forge {
    ForgeKind kind();

    /** "acme/gitops on GitHub", for messages. */
    String describe();

    /** The open pull request from {@code headBranch}, and the last one a person closed unmerged. */
    BranchPullRequests find(String headBranch) throws ForgeFailure;

    /**
     * Opens a pull request with the draft's labels, reviewers and assignees. If the forge says one is
     * already open for the head branch, that one is updated instead. The description is cut to the
     * forge's limit. Labels, reviewers or assignees the forge refuses become warnings.
     */
    Published create(PullRequestDraft draft) throws ForgeFailure;

    /**
     * Brings an open pull request's title, description and labels in line with the draft, writing
     * only what differs. Labels are added, never removed: people may have added their own. Reviewers
     * are not asked again.
     */
    Published update(PullRequest existing, PullRequestDraft draft) throws ForgeFailure;

    /** Asks for reviews and adds assignees; returns a warning for each the forge refused. */
    List<String> requestReview(PullRequest pullRequest, List<String> reviewers, List<String> assignees)
            throws ForgeFailure;

    void comment(PullRequest pullRequest, String text) throws ForgeFailure;

    /**
     * Closes {@code old} with a comment that links {@code newer}, and marks it so that later runs do
     * not read the close as a person turning the version down.
     */
    PullRequest closeSuperseded(PullRequest old, PullRequest newer) throws ForgeFailure;

    /** Open pull requests from branches starting with {@code headPrefix} by Steward's account (for maxOpenPrs). */
    List<PullRequest> openPullRequests(String headPrefix) throws ForgeFailure;
}
