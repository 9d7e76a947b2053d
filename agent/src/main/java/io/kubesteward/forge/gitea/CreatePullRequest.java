package io.kubesteward.forge.gitea;

import io.kubesteward.forge.Endpoint;
import io.kubesteward.forge.ForgeJson;
import io.kubesteward.http.ApiResponse;
import java.io.IOException;

/** {@code POST /repos/{owner}/{repo}/pulls}. Gitea answers 409 when one is already open for these branches. */
final class CreatePullRequest implements Endpoint<GiteaPull> {
    record Body(String head, String base, String title, String body) {
    }

    private final GiteaRepository repo;
    private final Body body;

    CreatePullRequest(GiteaRepository repo, String title, String text, String head, String base) {
        this.repo = repo;
        this.body = new Body(head, base, title, text);
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
        return Permissions.WRITE_PULLS;
    }

    @Override
    public GiteaPull parse(ApiResponse response) throws IOException {
        return ForgeJson.read(response.body(), GiteaPull.class);
    }
}
