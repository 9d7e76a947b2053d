package io.kubesteward.forge.gitlab;

import io.kubesteward.forge.RestEndpoint;

/** {@code POST /projects/{id}/merge_requests}. GitLab answers 409 when one is already open for the branch. */
final class CreateMergeRequest extends RestEndpoint<GitLabMergeRequest> {
    record Body(String sourceBranch, String targetBranch, String title, String description) {
    }

    CreateMergeRequest(GitLabProject project, String title, String description, String source, String target) {
        super("POST", project.route("/merge_requests"), "create a merge request from " + source + " into " + target,
                new Body(source, target, title, description), Permissions.WRITE, json(GitLabMergeRequest.class));
    }
}
