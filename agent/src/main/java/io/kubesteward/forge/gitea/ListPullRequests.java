package io.kubesteward.forge.gitea;

import io.kubesteward.forge.ForgeJson;
import io.kubesteward.forge.Page;
import io.kubesteward.forge.RestEndpoint;
import java.net.URI;

/**
 * {@code GET /repos/{owner}/{repo}/pulls}: one page. Gitea cannot filter by head branch, so callers
 * filter what comes back.
 */
final class ListPullRequests extends RestEndpoint<Page<GiteaPull>> {
    private final URI apiBase;

    private ListPullRequests(String route, String what, URI apiBase) {
        super("GET", route, what, null, Permissions.READ, response -> {
            var pulls = ForgeJson.readList(response.body(), GiteaPull.class);
            return new Page<>(pulls, PagedRoute.next(route, response, pulls.size(), apiBase));
        });
        this.apiBase = apiBase;
    }

    static ListPullRequests all(GiteaRepository repo, String branch, URI apiBase) {
        return new ListPullRequests(PagedRoute.first(repo.route("/pulls?state=all&sort=newest")),
                "find the pull requests from branch " + branch, apiBase);
    }

    static ListPullRequests open(GiteaRepository repo, URI apiBase) {
        return new ListPullRequests(PagedRoute.first(repo.route("/pulls?state=open&sort=newest")),
                "list the open pull requests", apiBase);
    }

    ListPullRequests at(String nextRoute) {
        return new ListPullRequests(nextRoute, action(), apiBase);
    }
}
