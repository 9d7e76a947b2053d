package io.kubesteward.forge.gitea;

import io.kubesteward.forge.RestEndpoint;
import java.util.List;

/** {@code POST /repos/{owner}/{repo}/pulls/{index}/requested_reviewers}. */
final class RequestReviewers extends RestEndpoint<Void> {
    record Body(List<String> reviewers) {
    }

    RequestReviewers(GiteaRepository repo, long number, List<String> names) {
        super("POST", repo.route("/pulls/" + number + "/requested_reviewers"),
                "request reviews from " + List.copyOf(names) + " on pull request #" + number,
                new Body(List.copyOf(names)), Permissions.WRITE_PULLS, ignored());
    }
}
