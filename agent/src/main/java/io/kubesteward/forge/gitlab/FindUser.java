package io.kubesteward.forge.gitlab;

import io.kubesteward.forge.ForgeJson;
import io.kubesteward.forge.RepositoryPath;
import io.kubesteward.forge.RestEndpoint;
import java.util.OptionalLong;

/** {@code GET /users?username=}: a user's id, which reviewer and assignee fields need; empty if none. */
final class FindUser extends RestEndpoint<OptionalLong> {
    FindUser(String username) {
        super("GET", "/users?username=" + RepositoryPath.query(username), "look up GitLab user " + username, null,
                "the read_api scope", response -> ForgeJson.readList(response.body(), GitLabMergeRequest.User.class).stream()
                        .filter(u -> username.equalsIgnoreCase(u.username()))
                        .mapToLong(GitLabMergeRequest.User::id).findFirst());
    }
}
