package io.kubesteward.forge.github;

import io.kubesteward.forge.ForgeJson;
import io.kubesteward.forge.PullRequest;
import io.kubesteward.forge.RestEndpoint;

/** {@code PATCH /repos/{owner}/{repo}/pulls/{number}}: title, body and state; absent fields stay. */
final class UpdatePullRequest extends RestEndpoint<PullRequest> {
    record Body(String title, String body, String state) {
    }

    private UpdatePullRequest(GitHubRepository repo, long number, Body body) {
        super("PATCH", repo.route("/pulls/" + number),
                ("closed".equals(body.state()) ? "close" : "update") + " pull request #" + number, body,
                "pull requests: write", response -> ForgeJson.read(response.body(), GitHubPull.class).toPullRequest());
    }

    static UpdatePullRequest edit(GitHubRepository repo, long number, String title, String text) {
        return new UpdatePullRequest(repo, number, new Body(title, text, null));
    }

    static UpdatePullRequest close(GitHubRepository repo, long number, String text) {
        return new UpdatePullRequest(repo, number, new Body(null, text, "closed"));
    }
}
