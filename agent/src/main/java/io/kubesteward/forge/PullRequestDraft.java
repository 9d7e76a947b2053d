package io.kubesteward.forge;

import java.util.List;
import java.util.Objects;

/**
 * What Steward wants a pull request to say: from branch {@code head} into {@code base}. Reviewers
 * are user names; on GitHub {@code org/team} names a team. {@code draft}: opened as a draft (GitHub's draft flag,
 * GitLab's {@code Draft:} and Gitea's {@code WIP:} title prefix), because the upgrade analysis found it would break.
 */
public record PullRequestDraft(
        String title,
        String body,
        String head,
        String base,
        List<String> labels,
        List<String> reviewers,
        List<String> assignees,
        boolean draft) {

    /** Ready for review (not a draft). */
    public PullRequestDraft(String title, String body, String head, String base, List<String> labels, List<String> reviewers,
                            List<String> assignees) {
        this(title, body, head, base, labels, reviewers, assignees, false);
    }

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
