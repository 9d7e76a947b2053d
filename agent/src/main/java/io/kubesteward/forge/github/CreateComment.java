package io.kubesteward.forge.github;

import io.kubesteward.forge.Endpoint;
import io.kubesteward.http.ApiResponse;

/** {@code POST /repos/{owner}/{repo}/issues/{number}/comments}: a pull request's conversation is its issue's. */
final class CreateComment implements Endpoint<Void> {
    record Body(String body) {
    }

    private final GitHubRepository repo;
    private final long number;
    private final String text;

    CreateComment(GitHubRepository repo, long number, String text) {
        this.repo = repo;
        this.number = number;
        this.text = text;
    }

    @Override
    public String method() {
        return "POST";
    }

    @Override
    public String route() {
        return repo.route("/issues/" + number + "/comments");
    }

    @Override
    public String action() {
        return "comment on pull request #" + number;
    }

    @Override
    public Object body() {
        return new Body(text);
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
