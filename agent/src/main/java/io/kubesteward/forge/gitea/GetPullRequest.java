package io.kubesteward.forge.gitea;

import io.kubesteward.forge.RestEndpoint;

/** {@code GET /repos/{owner}/{repo}/pulls/{index}}: read before changing assignees, which Gitea replaces as a set. */
final class GetPullRequest extends RestEndpoint<GiteaPull> {
    GetPullRequest(GiteaRepository repo, long number) {
        super("GET", repo.route("/pulls/" + number), "read pull request #" + number, null, Permissions.READ,
                json(GiteaPull.class));
    }
}
