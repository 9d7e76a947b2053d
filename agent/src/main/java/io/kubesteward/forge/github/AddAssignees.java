package io.kubesteward.forge.github;

import io.kubesteward.forge.RestEndpoint;
import java.util.List;

/** {@code POST /repos/{owner}/{repo}/issues/{number}/assignees}; GitHub ignores names it cannot assign. */
final class AddAssignees extends RestEndpoint<Void> {
    record Body(List<String> assignees) {
    }

    AddAssignees(GitHubRepository repo, long number, List<String> assignees) {
        super("POST", repo.route("/issues/" + number + "/assignees"),
                "assign " + List.copyOf(assignees) + " to pull request #" + number,
                new Body(List.copyOf(assignees)), "pull requests: write", ignored());
    }
}
