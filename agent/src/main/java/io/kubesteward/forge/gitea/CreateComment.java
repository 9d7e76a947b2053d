package io.kubesteward.forge.gitea;

import io.kubesteward.forge.Endpoint;
import io.kubesteward.http.ApiResponse;

/** {@code POST /repos/{owner}/{repo}/issues/{index}/comments}: a pull request's conversation is its issue's. */
final class CreateComment implements Endpoint<Void> {
    record Body(String body) {
    }

    private final GiteaRepository repo;
    private final long number;
    private final String text;

    CreateComment(GiteaRepository repo, long number, String text) {
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
        return Permissions.WRITE_ISSUES;
    }

    @Override
    public Void parse(ApiResponse response) {
        return null;
    }
}
