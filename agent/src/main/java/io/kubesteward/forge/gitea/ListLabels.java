package io.kubesteward.forge.gitea;

import io.kubesteward.forge.ForgeJson;
import io.kubesteward.forge.Page;
import io.kubesteward.forge.RestEndpoint;
import java.net.URI;

/** {@code GET /repos/{owner}/{repo}/labels}: one page of the repository's labels with their ids. */
final class ListLabels extends RestEndpoint<Page<GiteaLabel>> {
    private final URI apiBase;

    private ListLabels(String route, URI apiBase) {
        super("GET", route, "list the repository's labels", null, "the read:issue scope", response -> {
            var labels = ForgeJson.readList(response.body(), GiteaLabel.class);
            return new Page<>(labels, PagedRoute.next(route, response, labels.size(), apiBase));
        });
        this.apiBase = apiBase;
    }

    static ListLabels first(GiteaRepository repo, URI apiBase) {
        return new ListLabels(PagedRoute.first(repo.route("/labels")), apiBase);
    }

    ListLabels at(String nextRoute) {
        return new ListLabels(nextRoute, apiBase);
    }
}
