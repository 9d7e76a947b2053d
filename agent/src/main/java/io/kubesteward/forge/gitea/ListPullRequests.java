package io.kubesteward.forge.gitea;

import io.kubesteward.forge.Endpoint;
import io.kubesteward.forge.ForgeJson;
import io.kubesteward.forge.Page;
import io.kubesteward.http.ApiResponse;
import java.io.IOException;
import java.net.URI;

/**
 * {@code GET /repos/{owner}/{repo}/pulls}: one page. Gitea cannot filter by head branch, so callers
 * filter what comes back.
 */
final class ListPullRequests implements Endpoint<Page<GiteaPull>> {
    private final String route;
    private final String what;
    private final URI apiBase;

    private ListPullRequests(String route, String what, URI apiBase) {
        this.route = route;
        this.what = what;
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
        return new ListPullRequests(nextRoute, what, apiBase);
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
        return what;
    }

    @Override
    public String permission() {
        return Permissions.READ;
    }

    @Override
    public Page<GiteaPull> parse(ApiResponse response) throws IOException {
        var pulls = ForgeJson.readList(response.body(), GiteaPull.class);
        return new Page<>(pulls, PagedRoute.next(route, response, pulls.size(), apiBase));
    }
}
