package io.kubesteward.forge.github;

import io.kubesteward.forge.RestEndpoint;
import java.util.List;

/**
 * {@code POST /repos/{owner}/{repo}/pulls/{number}/requested_reviewers}. A name with a slash,
 * {@code org/team}, asks a team by its slug.
 */
final class RequestReviewers extends RestEndpoint<Void> {
    record Body(List<String> reviewers, List<String> teamReviewers) {
        static Body of(List<String> names) {
            List<String> users = names.stream().filter(n -> !n.contains("/")).toList();
            List<String> teams = names.stream().filter(n -> n.contains("/")).map(n -> n.substring(n.lastIndexOf('/') + 1)).toList();
            return new Body(users, teams);
        }
    }

    RequestReviewers(GitHubRepository repo, long number, List<String> names) {
        super("POST", repo.route("/pulls/" + number + "/requested_reviewers"),
                "request reviews from " + List.copyOf(names) + " on pull request #" + number,
                Body.of(List.copyOf(names)), "pull requests: write", ignored());
    }
}
