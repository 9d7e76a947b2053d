package io.kubesteward.forge;

import java.util.List;

/**
 * The calls one forge offers, each a thin use of its endpoint classes. {@link RestForge} builds the
 * behaviour on top (find before create, update in place, warnings), the same for every forge.
 */
public interface ForgeApi {
    /** Every pull request from {@code branch} in this repository, any state (bounded). */
    List<PullRequest> pullRequestsFrom(String branch) throws ForgeFailure;

    /** Every open pull request (bounded). */
    List<PullRequest> openPullRequests() throws ForgeFailure;

    PullRequest create(String title, String body, String head, String base, boolean draft) throws ForgeFailure;

    /** The title as this forge shows a draft: GitLab and Gitea mark drafts by a title prefix; GitHub by a flag. */
    default String title(String title, boolean draft) {
        return title;
    }

    /**
     * Marks an open pull request a draft or ready for review, where the forge has a flag for it (GitHub).
     *
     * @return whether the flag was set (false where the forge has none to address)
     */
    default boolean setDraft(PullRequest pullRequest, boolean draft) throws ForgeFailure {
        return false;
    }

    /** Changes the title and/or the body; null leaves one as it is. */
    PullRequest edit(PullRequest pullRequest, String title, String body) throws ForgeFailure;

    void addLabels(PullRequest pullRequest, List<String> labels) throws ForgeFailure;

    void requestReviewers(PullRequest pullRequest, List<String> reviewers) throws ForgeFailure;

    void addAssignees(PullRequest pullRequest, List<String> assignees) throws ForgeFailure;

    void comment(PullRequest pullRequest, String text) throws ForgeFailure;

    /** Closes without merging, with a new body. */
    PullRequest close(PullRequest pullRequest, String body) throws ForgeFailure;

    /** The login of the token's account. */
    String currentUser() throws ForgeFailure;
}
