package io.kubesteward.forge.github;

import io.kubesteward.forge.PullRequest;
import java.util.List;

/** A pull request as GitHub's REST API writes it (the fields Steward reads). */
record GitHubPull(
        long number,
        String htmlUrl,
        String state,
        String mergedAt,
        String title,
        String body,
        Ref head,
        Ref base,
        List<Label> labels,
        User user,
        Boolean draft,
        String nodeId) {

    record Ref(String ref, Repo repo) {
    }

    record Repo(String fullName) {
    }

    record Label(String name) {
    }

    record User(String login) {
    }

    /** Merged is {@code merged_at} set; GitHub's state is only open or closed. */
    PullRequest toPullRequest() {
        PullRequest.State s = "open".equals(state) ? PullRequest.State.OPEN
                : mergedAt != null ? PullRequest.State.MERGED : PullRequest.State.CLOSED;
        return new PullRequest(number, htmlUrl, s, head == null ? null : head.ref(), base == null ? null : base.ref(),
                title, body, labels == null ? List.of() : labels.stream().map(Label::name).toList(),
                user == null ? null : user.login(), draft == null ? Boolean.FALSE : draft, nodeId);
    }
}
