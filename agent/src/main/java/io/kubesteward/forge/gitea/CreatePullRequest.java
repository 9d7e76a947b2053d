package io.kubesteward.forge.gitea;

import io.kubesteward.forge.RestEndpoint;

/** {@code POST /repos/{owner}/{repo}/pulls}. Gitea answers 409 when one is already open for these branches. */
final class CreatePullRequest extends RestEndpoint<GiteaPull> {
    record Body(String head, String base, String title, String body) {
    }

    CreatePullRequest(GiteaRepository repo, String title, String text, String head, String base) {
        super("POST", repo.route("/pulls"), "create a pull request from " + head + " into " + base,
                new Body(head, base, title, text), Permissions.WRITE_PULLS, json(GiteaPull.class));
    }
}
