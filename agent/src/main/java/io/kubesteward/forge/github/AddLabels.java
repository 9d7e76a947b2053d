package io.kubesteward.forge.github;

import io.kubesteward.forge.Endpoint;
import io.kubesteward.http.ApiResponse;
import java.util.List;

/** {@code POST /repos/{owner}/{repo}/issues/{number}/labels}: adds; GitHub creates labels it lacks. */
final class AddLabels implements Endpoint<Void> {
    record Body(List<String> labels) {
    }

    private final GitHubRepository repo;
    private final long number;
    private final List<String> labels;

    AddLabels(GitHubRepository repo, long number, List<String> labels) {
        this.repo = repo;
        this.number = number;
        this.labels = List.copyOf(labels);
    }

    @Override
    public String method() {
        return "POST";
    }

    @Override
    public String route() {
        return repo.route("/issues/" + number + "/labels");
    }

    @Override
    public String action() {
        return "add labels " + labels + " to pull request #" + number;
    }

    @Override
    public Object body() {
        return new Body(labels);
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
