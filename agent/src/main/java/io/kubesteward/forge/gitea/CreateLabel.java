package io.kubesteward.forge.gitea;

import io.kubesteward.forge.RestEndpoint;

/** {@code POST /repos/{owner}/{repo}/labels}: a label the configuration names but the repository lacks. */
final class CreateLabel extends RestEndpoint<GiteaLabel> {
    /** GitHub's default label grey; people recolour labels as they like. */
    static final String COLOR = "#ededed";

    record Body(String name, String color, String description) {
    }

    CreateLabel(GiteaRepository repo, String name) {
        super("POST", repo.route("/labels"), "create label '" + name + "'",
                new Body(name, COLOR, "Added by Steward"), Permissions.WRITE_ISSUES, json(GiteaLabel.class));
    }
}
