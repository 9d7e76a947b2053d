package io.kubesteward.forge.gitlab;

import io.kubesteward.forge.Endpoint;
import io.kubesteward.forge.ForgeJson;
import io.kubesteward.http.ApiResponse;
import java.io.IOException;

/** {@code GET /projects/{id}/merge_requests/{iid}}: read before changing reviewers, which GitLab replaces as a set. */
final class GetMergeRequest implements Endpoint<GitLabMergeRequest> {
    private final GitLabProject project;
    private final long iid;

    GetMergeRequest(GitLabProject project, long iid) {
        this.project = project;
        this.iid = iid;
    }

    @Override
    public String method() {
        return "GET";
    }

    @Override
    public String route() {
        return project.route("/merge_requests/" + iid);
    }

    @Override
    public String action() {
        return "read merge request !" + iid;
    }

    @Override
    public String permission() {
        return Permissions.READ;
    }

    @Override
    public GitLabMergeRequest parse(ApiResponse response) throws IOException {
        return ForgeJson.read(response.body(), GitLabMergeRequest.class);
    }
}
