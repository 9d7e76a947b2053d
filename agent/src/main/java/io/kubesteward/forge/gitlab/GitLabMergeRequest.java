package io.kubesteward.forge.gitlab;

import io.kubesteward.forge.PullRequest;
import java.util.List;

/** A merge request as GitLab's REST API v4 writes it (the fields Steward reads). */
record GitLabMergeRequest(
        long iid,
        long projectId,
        long sourceProjectId,
        String webUrl,
        String state,
        String title,
        String description,
        String sourceBranch,
        String targetBranch,
        List<String> labels,
        User author,
        List<User> reviewers,
        List<User> assignees) {

    record User(long id, String username) {
    }

    /** From a fork, even with the same branch name, it is not Steward's. */
    boolean fromThisProject() {
        return sourceProjectId == 0 || sourceProjectId == projectId;
    }

    List<Long> reviewerIds() {
        return reviewers == null ? List.of() : reviewers.stream().map(User::id).toList();
    }

    List<Long> assigneeIds() {
        return assignees == null ? List.of() : assignees.stream().map(User::id).toList();
    }

    /** GitLab's states: opened, closed, locked (being merged), merged. */
    PullRequest toPullRequest() {
        PullRequest.State s = switch (state == null ? "" : state) {
            case "merged" -> PullRequest.State.MERGED;
            case "closed" -> PullRequest.State.CLOSED;
            default -> PullRequest.State.OPEN;
        };
        return new PullRequest(iid, webUrl, s, sourceBranch, targetBranch, title, description, labels,
                author == null ? null : author.username());
    }
}
