package io.kubesteward.forge.github;

import io.kubesteward.forge.ForgeJson;
import io.kubesteward.forge.PullRequest;
import io.kubesteward.forge.RestEndpoint;

/** {@code POST /repos/{owner}/{repo}/pulls}. GitHub answers 422 when one is already open for the head. */
final class CreatePullRequest extends RestEndpoint<PullRequest> {
    record Body(String title, String body, String head, String base, boolean draft) {
    }

    CreatePullRequest(GitHubRepository repo, String title, String text, String head, String base, boolean draft) {
        super("POST", repo.route("/pulls"), "create a pull request from " + head + " into " + base,
                new Body(title, text, head, base, draft), "contents: read and pull requests: write",
                response -> ForgeJson.read(response.body(), GitHubPull.class).toPullRequest());
    }
}
