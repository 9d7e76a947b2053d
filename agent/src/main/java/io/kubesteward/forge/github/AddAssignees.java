package io.kubesteward.forge.github;

import io.kubesteward.forge.Endpoint;
import io.kubesteward.http.ApiResponse;
import java.util.List;

/** {@code POST /repos/{owner}/{repo}/issues/{number}/assignees}; GitHub ignores names it cannot assign. */
final class AddAssignees implements Endpoint<Void> {
    record Body(List<String> assignees) {
    }

    private final GitHubRepository repo;
    private final long number;
    private final List<String> assignees;

    AddAssignees(GitHubRepository repo, long number, List<String> assignees) {
        this.repo = repo;
        this.number = number;
        this.assignees = List.copyOf(assignees);
    }

    @Override
    public String method() {
        return "POST";
    }

    @Override
    public String route() {
        return repo.route("/issues/" + number + "/assignees");
    }

    @Override
    public String action() {
        return "assign " + assignees + " to pull request #" + number;
    }

    @Override
    public Object body() {
        return new Body(assignees);
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
