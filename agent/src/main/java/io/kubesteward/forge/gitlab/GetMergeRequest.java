package io.kubesteward.forge.gitlab;

import io.kubesteward.forge.RestEndpoint;

/** {@code GET /projects/{id}/merge_requests/{iid}}: read before changing reviewers, which GitLab replaces as a set. */
final class GetMergeRequest extends RestEndpoint<GitLabMergeRequest> {
    GetMergeRequest(GitLabProject project, long iid) {
        super("GET", project.route("/merge_requests/" + iid), "read merge request !" + iid, null, Permissions.READ,
                json(GitLabMergeRequest.class));
    }
}
