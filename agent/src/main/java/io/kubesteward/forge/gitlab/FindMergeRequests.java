package io.kubesteward.forge.gitlab;

import io.kubesteward.forge.ForgeJson;
import io.kubesteward.forge.Page;
import io.kubesteward.forge.RepositoryPath;
import io.kubesteward.forge.RestEndpoint;

/** {@code GET /projects/{id}/merge_requests}: one page; the next from {@code X-Next-Page}. */
final class FindMergeRequests extends RestEndpoint<Page<GitLabMergeRequest>> {
    private final String query;

    private FindMergeRequests(String query, String what, int page) {
        super("GET", page == 1 ? query : query + "&page=" + page, what, null, Permissions.READ, response -> {
            var items = ForgeJson.readList(response.body(), GitLabMergeRequest.class);
            String next = response.header("X-Next-Page").map(String::trim).filter(v -> v.matches("[1-9][0-9]{0,6}"))
                    .filter(v -> Integer.parseInt(v) > page).orElse(null);
            return new Page<>(items, next == null ? null : query + "&page=" + next);
        });
        this.query = query;
    }

    static FindMergeRequests fromBranch(GitLabProject project, String branch) {
        return new FindMergeRequests(project.route("/merge_requests?source_branch=" + RepositoryPath.query(branch)
                + "&state=all&per_page=100"), "find the merge requests from branch " + branch, 1);
    }

    static FindMergeRequests open(GitLabProject project) {
        return new FindMergeRequests(project.route("/merge_requests?state=opened&per_page=100"),
                "list the open merge requests", 1);
    }

    /** The page a next route names: GitLab pages are numbers, so the route is this one's with another page. */
    FindMergeRequests at(String nextRoute) {
        return new FindMergeRequests(query, action(), Integer.parseInt(nextRoute.substring(nextRoute.lastIndexOf('=') + 1)));
    }
}
