package io.kubesteward.forge.github;

import io.kubesteward.forge.Endpoint;
import io.kubesteward.forge.ForgeJson;
import io.kubesteward.forge.PullRequest;
import io.kubesteward.http.ApiResponse;
import java.io.IOException;

/** {@code PATCH /repos/{owner}/{repo}/pulls/{number}}: title, body and state; absent fields stay. */
final class UpdatePullRequest implements Endpoint<PullRequest> {
    record Body(String title, String body, String state) {
    }

    private final GitHubRepository repo;
    private final long number;
    private final Body body;

    private UpdatePullRequest(GitHubRepository repo, long number, Body body) {
        this.repo = repo;
        this.number = number;
        this.body = body;
    }

    static UpdatePullRequest edit(GitHubRepository repo, long number, String title, String text) {
        return new UpdatePullRequest(repo, number, new Body(title, text, null));
    }

    static UpdatePullRequest close(GitHubRepository repo, long number, String text) {
        return new UpdatePullRequest(repo, number, new Body(null, text, "closed"));
    }

    @Override
    public String method() {
        return "PATCH";
    }

    @Override
    public String route() {
        return repo.route("/pulls/" + number);
    }

    @Override
    public String action() {
        return ("closed".equals(body.state()) ? "close" : "update") + " pull request #" + number;
    }

    @Override
    public Object body() {
        return body;
    }

    @Override
    public String permission() {
        return "pull requests: write";
    }

    @Override
    public PullRequest parse(ApiResponse response) throws IOException {
        return ForgeJson.read(response.body(), GitHubPull.class).toPullRequest();
    }
}
