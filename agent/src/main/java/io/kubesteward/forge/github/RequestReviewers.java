package io.kubesteward.forge.github;

import io.kubesteward.forge.Endpoint;
import io.kubesteward.http.ApiResponse;
import java.util.List;

/**
 * {@code POST /repos/{owner}/{repo}/pulls/{number}/requested_reviewers}. A name with a slash,
 * {@code org/team}, asks a team by its slug.
 */
final class RequestReviewers implements Endpoint<Void> {
    record Body(List<String> reviewers, List<String> teamReviewers) {
    }

    private final GitHubRepository repo;
    private final long number;
    private final List<String> names;

    RequestReviewers(GitHubRepository repo, long number, List<String> names) {
        this.repo = repo;
        this.number = number;
        this.names = List.copyOf(names);
    }

    @Override
    public String method() {
        return "POST";
    }

    @Override
    public String route() {
        return repo.route("/pulls/" + number + "/requested_reviewers");
    }

    @Override
    public String action() {
        return "request reviews from " + names + " on pull request #" + number;
    }

    @Override
    public Object body() {
        List<String> users = names.stream().filter(n -> !n.contains("/")).toList();
        List<String> teams = names.stream().filter(n -> n.contains("/")).map(n -> n.substring(n.lastIndexOf('/') + 1)).toList();
        return new Body(users, teams);
    }

    @Override
    public String permission() {
        return "pull requests: write";
    }

    @Override
    public Void parse(ApiResponse response) {
        return null;
    }
}
