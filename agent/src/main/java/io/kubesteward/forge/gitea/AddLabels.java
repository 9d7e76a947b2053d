package io.kubesteward.forge.gitea;

import io.kubesteward.forge.Endpoint;
import io.kubesteward.http.ApiResponse;
import java.util.List;

/** {@code POST /repos/{owner}/{repo}/issues/{index}/labels}: adds labels, by id. */
final class AddLabels implements Endpoint<Void> {
    record Body(List<Long> labels) {
    }

    private final GiteaRepository repo;
    private final long number;
    private final List<Long> ids;
    private final List<String> names;

    AddLabels(GiteaRepository repo, long number, List<Long> ids, List<String> names) {
        this.repo = repo;
        this.number = number;
        this.ids = List.copyOf(ids);
        this.names = List.copyOf(names);
    }

    @Override
    public String method() {
        return "POST";
    }

    @Override
    public String route() {
        return repo.route("/issues/" + number + "/labels");
    }

    @Override
    public String action() {
        return "add labels " + names + " to pull request #" + number;
    }

    @Override
    public Object body() {
        return new Body(ids);
    }

    @Override
    public String permission() {
        return Permissions.WRITE_ISSUES;
    }

    @Override
    public Void parse(ApiResponse response) {
        return null;
    }
}
