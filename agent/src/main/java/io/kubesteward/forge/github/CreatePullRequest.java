package io.kubesteward.forge.github;

import io.kubesteward.forge.Endpoint;
import io.kubesteward.forge.ForgeJson;
import io.kubesteward.forge.PullRequest;
import io.kubesteward.http.ApiResponse;
import java.io.IOException;

/** {@code POST /repos/{owner}/{repo}/pulls}. GitHub answers 422 when one is already open for the head. */
final class CreatePullRequest implements Endpoint<PullRequest> {
    record Body(String title, String body, String head, String base) {
    }

    private final GitHubRepository repo;
    private final Body body;

    CreatePullRequest(GitHubRepository repo, String title, String text, String head, String base) {
        this.repo = repo;
        this.body = new Body(title, text, head, base);
    }

    @Override
    public String method() {
        return "POST";
    }

    @Override
    public String route() {
        return repo.route("/pulls");
    }

    @Override
    public String action() {
        return "create a pull request from " + body.head() + " into " + body.base();
    }

    @Override
    public Object body() {
        return body;
    }

    @Override
    public String permission() {
        return "contents: read and pull requests: write";
    }

    @Override
    public PullRequest parse(ApiResponse response) throws IOException {
        return ForgeJson.read(response.body(), GitHubPull.class).toPullRequest();
    }
}
