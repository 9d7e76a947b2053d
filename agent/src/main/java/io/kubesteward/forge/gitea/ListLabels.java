package io.kubesteward.forge.gitea;

import io.kubesteward.forge.Endpoint;
import io.kubesteward.forge.ForgeJson;
import io.kubesteward.forge.Page;
import io.kubesteward.http.ApiResponse;
import java.io.IOException;
import java.net.URI;

/** {@code GET /repos/{owner}/{repo}/labels}: one page of the repository's labels with their ids. */
final class ListLabels implements Endpoint<Page<GiteaLabel>> {
    private final String route;
    private final URI apiBase;

    private ListLabels(String route, URI apiBase) {
        this.route = route;
        this.apiBase = apiBase;
    }

    static ListLabels first(GiteaRepository repo, URI apiBase) {
        return new ListLabels(PagedRoute.first(repo.route("/labels")), apiBase);
    }

    ListLabels at(String nextRoute) {
        return new ListLabels(nextRoute, apiBase);
    }

    @Override
    public String method() {
        return "GET";
    }

    @Override
    public String route() {
        return route;
    }

    @Override
    public String action() {
        return "list the repository's labels";
    }

    @Override
    public String permission() {
        return "the read:issue scope";
    }

    @Override
    public Page<GiteaLabel> parse(ApiResponse response) throws IOException {
        var labels = ForgeJson.readList(response.body(), GiteaLabel.class);
        return new Page<>(labels, PagedRoute.next(route, response, labels.size(), apiBase));
    }
}
