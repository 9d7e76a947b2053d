package io.kubesteward.forge.gitlab;

import io.kubesteward.forge.Endpoint;
import io.kubesteward.forge.ForgeJson;
import io.kubesteward.http.ApiResponse;
import java.io.IOException;

/** {@code POST /projects/{id}/merge_requests}. GitLab answers 409 when one is already open for the branch. */
final class CreateMergeRequest implements Endpoint<GitLabMergeRequest> {
    record Body(String sourceBranch, String targetBranch, String title, String description) {
    }

    private final GitLabProject project;
    private final Body body;

    CreateMergeRequest(GitLabProject project, String title, String description, String source, String target) {
        this.project = project;
        this.body = new Body(source, target, title, description);
    }

    @Override
    public String method() {
        return "POST";
    }

    @Override
    public String route() {
        return project.route("/merge_requests");
    }

    @Override
    public String action() {
        return "create a merge request from " + body.sourceBranch() + " into " + body.targetBranch();
    }

    @Override
    public Object body() {
        return body;
    }

    @Override
    public String permission() {
        return Permissions.WRITE;
    }

    @Override
    public GitLabMergeRequest parse(ApiResponse response) throws IOException {
        return ForgeJson.read(response.body(), GitLabMergeRequest.class);
    }
}
