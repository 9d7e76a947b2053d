package io.kubesteward.forge.gitea;

import io.kubesteward.forge.Endpoint;
import io.kubesteward.forge.ForgeJson;
import io.kubesteward.http.ApiResponse;
import java.io.IOException;

/** {@code POST /repos/{owner}/{repo}/labels}: a label the configuration names but the repository lacks. */
final class CreateLabel implements Endpoint<GiteaLabel> {
    /** GitHub's default label grey; people recolour labels as they like. */
    static final String COLOR = "#ededed";

    record Body(String name, String color, String description) {
    }

    private final GiteaRepository repo;
    private final String name;

    CreateLabel(GiteaRepository repo, String name) {
        this.repo = repo;
        this.name = name;
    }

    @Override
    public String method() {
        return "POST";
    }

    @Override
    public String route() {
        return repo.route("/labels");
    }

    @Override
    public String action() {
        return "create label '" + name + "'";
    }

    @Override
    public Object body() {
        return new Body(name, COLOR, "Added by Steward");
    }

    @Override
    public String permission() {
        return Permissions.WRITE_ISSUES;
    }

    @Override
    public GiteaLabel parse(ApiResponse response) throws IOException {
        return ForgeJson.read(response.body(), GiteaLabel.class);
    }
}
