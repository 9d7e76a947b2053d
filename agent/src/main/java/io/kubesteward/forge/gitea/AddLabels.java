package io.kubesteward.forge.gitea;

import io.kubesteward.forge.RestEndpoint;
import java.util.List;

/** {@code POST /repos/{owner}/{repo}/issues/{index}/labels}: adds labels, by id. */
final class AddLabels extends RestEndpoint<Void> {
    record Body(List<Long> labels) {
    }

    AddLabels(GiteaRepository repo, long number, List<Long> ids, List<String> names) {
        super("POST", repo.route("/issues/" + number + "/labels"),
                "add labels " + List.copyOf(names) + " to pull request #" + number, new Body(List.copyOf(ids)),
                Permissions.WRITE_ISSUES, ignored());
    }
}
