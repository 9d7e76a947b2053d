package io.kubesteward.forge.github;

import io.kubesteward.forge.RestEndpoint;
import java.util.List;

/** {@code POST /repos/{owner}/{repo}/issues/{number}/labels}: adds; GitHub creates labels it lacks. */
final class AddLabels extends RestEndpoint<Void> {
    record Body(List<String> labels) {
    }

    AddLabels(GitHubRepository repo, long number, List<String> labels) {
        super("POST", repo.route("/issues/" + number + "/labels"),
                "add labels " + List.copyOf(labels) + " to pull request #" + number,
                new Body(List.copyOf(labels)), "pull requests: write", ignored());
    }
}
