package io.kubesteward.forge.gitea;

import io.kubesteward.forge.Endpoint;
import io.kubesteward.forge.ForgeJson;
import io.kubesteward.http.ApiResponse;
import java.io.IOException;

/** {@code GET /repos/{owner}/{repo}/pulls/{index}}: read before changing assignees, which Gitea replaces as a set. */
final class GetPullRequest implements Endpoint<GiteaPull> {
    private final GiteaRepository repo;
    private final long number;

    GetPullRequest(GiteaRepository repo, long number) {
        this.repo = repo;
        this.number = number;
    }

    @Override
    public String method() {
        return "GET";
    }

    @Override
    public String route() {
        return repo.route("/pulls/" + number);
    }

    @Override
    public String action() {
        return "read pull request #" + number;
    }

    @Override
    public String permission() {
        return Permissions.READ;
    }

    @Override
    public GiteaPull parse(ApiResponse response) throws IOException {
        return ForgeJson.read(response.body(), GiteaPull.class);
    }
}
