package io.kubesteward.forge.github;

import io.kubesteward.forge.RestEndpoint;

/** {@code POST /repos/{owner}/{repo}/issues/{number}/comments}: a pull request's conversation is its issue's. */
final class CreateComment extends RestEndpoint<Void> {
    record Body(String body) {
    }

    CreateComment(GitHubRepository repo, long number, String text) {
        super("POST", repo.route("/issues/" + number + "/comments"), "comment on pull request #" + number,
                new Body(text), "pull requests: write", ignored());
    }
}
