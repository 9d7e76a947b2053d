package io.kubesteward.forge.gitlab;

import io.kubesteward.forge.RestEndpoint;
import java.util.List;

/**
 * {@code PUT /projects/{id}/merge_requests/{iid}}: only the fields given change. {@code add_labels}
 * is a comma list that adds; {@code reviewer_ids} and {@code assignee_ids} replace the whole set.
 */
final class UpdateMergeRequest extends RestEndpoint<GitLabMergeRequest> {
    record Body(String title, String description, String addLabels, List<Long> reviewerIds, List<Long> assigneeIds,
            String stateEvent) {
    }

    private UpdateMergeRequest(GitLabProject project, long iid, String what, Body body) {
        super("PUT", project.route("/merge_requests/" + iid), what, body, Permissions.WRITE, json(GitLabMergeRequest.class));
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
}
