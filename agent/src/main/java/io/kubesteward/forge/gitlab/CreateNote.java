package io.kubesteward.forge.gitlab;

import io.kubesteward.forge.RestEndpoint;

/** {@code POST /projects/{id}/merge_requests/{iid}/notes}: a comment. */
final class CreateNote extends RestEndpoint<Void> {
    record Body(String body) {
    }

    CreateNote(GitLabProject project, long iid, String text) {
        super("POST", project.route("/merge_requests/" + iid + "/notes"), "comment on merge request !" + iid,
                new Body(text), Permissions.WRITE, ignored());
    }
}
