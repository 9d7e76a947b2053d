package io.kubesteward.forge.gitlab;

import io.kubesteward.forge.Endpoint;
import io.kubesteward.forge.ForgeJson;
import io.kubesteward.http.ApiResponse;
import java.io.IOException;
import java.util.List;

/**
 * {@code PUT /projects/{id}/merge_requests/{iid}}: only the fields given change. {@code add_labels}
 * is a comma list that adds; {@code reviewer_ids} and {@code assignee_ids} replace the whole set.
 */
final class UpdateMergeRequest implements Endpoint<GitLabMergeRequest> {
    record Body(String title, String description, String addLabels, List<Long> reviewerIds, List<Long> assigneeIds,
            String stateEvent) {
    }

    private final GitLabProject project;
    private final long iid;
    private final String what;
    private final Body body;

    private UpdateMergeRequest(GitLabProject project, long iid, String what, Body body) {
        this.project = project;
        this.iid = iid;
        this.what = what;
        this.body = body;
    }

    static UpdateMergeRequest edit(GitLabProject project, long iid, String title, String description) {
        return new UpdateMergeRequest(project, iid, "update merge request !" + iid,
                new Body(title, description, null, null, null, null));
    }

    static UpdateMergeRequest addLabels(GitLabProject project, long iid, List<String> labels) {
        return new UpdateMergeRequest(project, iid, "add labels " + labels + " to merge request !" + iid,
                new Body(null, null, String.join(",", labels), null, null, null));
    }

    static UpdateMergeRequest reviewers(GitLabProject project, long iid, List<Long> ids) {
        return new UpdateMergeRequest(project, iid, "set the reviewers of merge request !" + iid,
                new Body(null, null, null, List.copyOf(ids), null, null));
    }

    static UpdateMergeRequest assignees(GitLabProject project, long iid, List<Long> ids) {
        return new UpdateMergeRequest(project, iid, "set the assignees of merge request !" + iid,
                new Body(null, null, null, null, List.copyOf(ids), null));
    }

    static UpdateMergeRequest close(GitLabProject project, long iid, String description) {
        return new UpdateMergeRequest(project, iid, "close merge request !" + iid,
                new Body(null, description, null, null, null, "close"));
    }

    @Override
    public String method() {
        return "PUT";
    }

    @Override
    public String route() {
        return project.route("/merge_requests/" + iid);
    }

    @Override
    public String action() {
        return what;
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
