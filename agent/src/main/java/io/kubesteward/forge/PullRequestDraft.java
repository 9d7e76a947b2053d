package io.kubesteward.forge;

import java.util.List;
import java.util.Objects;

/**
 * What Steward wants a pull request to say: from branch {@code head} into {@code base}. Reviewers
 * are user names; on GitHub {@code org/team} names a team.
 */
public record PullRequestDraft(
        String title,
        String body,
        String head,
        String base,
        List<String> labels,
        List<String> reviewers,
        List<String> assignees) {

    public PullRequestDraft {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(base, "base");
        body = body == null ? "" : body;
        labels = labels == null ? List.of() : List.copyOf(labels);
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
        assignees = assignees == null ? List.of() : List.copyOf(assignees);
    }
}
