package io.kubesteward.forge.gitea;

import io.kubesteward.forge.PullRequest;
import java.util.List;

/** A pull request as the Gitea (and Forgejo) API v1 writes it (the fields Steward reads). */
record GiteaPull(
        long number,
        String htmlUrl,
        String state,
        boolean merged,
        String title,
        String body,
        Ref head,
        Ref base,
        List<GiteaLabel> labels,
        User user,
        List<User> assignees) {

    record Ref(String ref, long repoId) {
    }

    record User(String login) {
    }

    /** From a fork, even with the same branch name, it is not Steward's. */
    boolean fromThisRepository() {
        return head == null || base == null || head.repoId() == 0 || base.repoId() == 0 || head.repoId() == base.repoId();
    }

    List<String> assigneeLogins() {
        return assignees == null ? List.of() : assignees.stream().map(User::login).toList();
    }

    PullRequest toPullRequest() {
        PullRequest.State s = "open".equals(state) ? PullRequest.State.OPEN
                : merged ? PullRequest.State.MERGED : PullRequest.State.CLOSED;
        return new PullRequest(number, htmlUrl, s, head == null ? null : head.ref(), base == null ? null : base.ref(),
                title, body, labels == null ? List.of() : labels.stream().map(GiteaLabel::name).toList(),
                user == null ? null : user.login());
    }
}
