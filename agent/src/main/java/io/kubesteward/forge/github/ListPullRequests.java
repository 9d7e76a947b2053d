package io.kubesteward.forge.github;

import io.kubesteward.forge.ForgeJson;
import io.kubesteward.forge.LinkHeader;
import io.kubesteward.forge.Page;
import io.kubesteward.forge.PullRequest;
import io.kubesteward.forge.RepositoryPath;
import io.kubesteward.forge.RestEndpoint;
import java.net.URI;

/** {@code GET /repos/{owner}/{repo}/pulls}: one page, newest first; the next page from {@code Link}. */
final class ListPullRequests extends RestEndpoint<Page<PullRequest>> {
    private final URI apiBase;

    private ListPullRequests(String route, String what, URI apiBase) {
        super("GET", route, what, null, "pull requests: read", response -> {
            var pulls = ForgeJson.readList(response.body(), GitHubPull.class).stream().map(GitHubPull::toPullRequest).toList();
            return new Page<>(pulls, LinkHeader.nextRoute(response.header("Link").orElse(null), apiBase).orElse(null));
        });
        this.apiBase = apiBase;
    }

    /** Every pull request, any state, whose head is {@code branch} in this repository. */
    static ListPullRequests fromBranch(GitHubRepository repo, String branch, URI apiBase) {
        return new ListPullRequests(repo.route("/pulls?state=all&head=" + RepositoryPath.query(repo.owner() + ":" + branch)
                + "&per_page=100"), "find the pull requests from branch " + branch, apiBase);
    }

    static ListPullRequests open(GitHubRepository repo, URI apiBase) {
        return new ListPullRequests(repo.route("/pulls?state=open&per_page=100"), "list the open pull requests", apiBase);
    }

    ListPullRequests next(String nextRoute) {
        return new ListPullRequests(nextRoute, action(), apiBase);
    }
}
