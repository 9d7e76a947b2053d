package io.kubesteward.forge.gitlab;

import io.kubesteward.forge.Endpoint;
import io.kubesteward.http.ApiResponse;

/** {@code POST /projects/{id}/merge_requests/{iid}/notes}: a comment. */
final class CreateNote implements Endpoint<Void> {
    record Body(String body) {
    }

    private final GitLabProject project;
    private final long iid;
    private final String text;

    CreateNote(GitLabProject project, long iid, String text) {
        this.project = project;
        this.iid = iid;
        this.text = text;
    }

    @Override
    public String method() {
        return "POST";
    }

    @Override
    public String route() {
        return project.route("/merge_requests/" + iid + "/notes");
    }

    @Override
    public String action() {
        return "comment on merge request !" + iid;
    }

    @Override
    public Object body() {
        return new Body(text);
    }

    @Override
    public String permission() {
        return Permissions.WRITE;
    }

    @Override
    public Void parse(ApiResponse response) {
        return null;
    }
}
