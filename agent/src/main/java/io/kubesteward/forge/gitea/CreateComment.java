package io.kubesteward.forge.gitea;

import io.kubesteward.forge.RestEndpoint;

/** {@code POST /repos/{owner}/{repo}/issues/{index}/comments}: a pull request's conversation is its issue's. */
final class CreateComment extends RestEndpoint<Void> {
    record Body(String body) {
    }

    CreateComment(GiteaRepository repo, long number, String text) {
        super("POST", repo.route("/issues/" + number + "/comments"), "comment on pull request #" + number,
                new Body(text), Permissions.WRITE_ISSUES, ignored());
    }
}
