package io.kubesteward.forge.gitea;

import io.kubesteward.forge.RestEndpoint;
import java.util.List;

/**
 * {@code PATCH /repos/{owner}/{repo}/pulls/{index}}: only the fields given change; {@code assignees}
 * replaces the whole set.
 */
final class EditPullRequest extends RestEndpoint<GiteaPull> {
    record Body(String title, String body, String state, List<String> assignees) {
    }

    private EditPullRequest(GiteaRepository repo, long number, String what, Body body) {
        super("PATCH", repo.route("/pulls/" + number), what, body, Permissions.WRITE_PULLS, json(GiteaPull.class));
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
}
