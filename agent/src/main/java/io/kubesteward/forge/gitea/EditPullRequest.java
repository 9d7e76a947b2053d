package io.kubesteward.forge.gitea;

import io.kubesteward.forge.Endpoint;
import io.kubesteward.forge.ForgeJson;
import io.kubesteward.http.ApiResponse;
import java.io.IOException;
import java.util.List;

/**
 * {@code PATCH /repos/{owner}/{repo}/pulls/{index}}: only the fields given change; {@code assignees}
 * replaces the whole set.
 */
final class EditPullRequest implements Endpoint<GiteaPull> {
    record Body(String title, String body, String state, List<String> assignees) {
    }

    private final GiteaRepository repo;
    private final long number;
    private final String what;
    private final Body body;

    private EditPullRequest(GiteaRepository repo, long number, String what, Body body) {
        this.repo = repo;
        this.number = number;
        this.what = what;
        this.body = body;
    }

    static EditPullRequest edit(GiteaRepository repo, long number, String title, String text) {
        return new EditPullRequest(repo, number, "update pull request #" + number, new Body(title, text, null, null));
    }

    static EditPullRequest assignees(GiteaRepository repo, long number, List<String> logins) {
        return new EditPullRequest(repo, number, "assign " + logins + " to pull request #" + number,
                new Body(null, null, null, List.copyOf(logins)));
    }

    static EditPullRequest close(GiteaRepository repo, long number, String text) {
        return new EditPullRequest(repo, number, "close pull request #" + number, new Body(null, text, "closed", null));
    }

    @Override
    public String method() {
        return "PATCH";
    }

    @Override
    public String route() {
        return repo.route("/pulls/" + number);
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
        return Permissions.WRITE_PULLS;
    }

    @Override
    public GiteaPull parse(ApiResponse response) throws IOException {
        return ForgeJson.read(response.body(), GiteaPull.class);
    }
}
