package io.kubesteward.forge.gitlab;

import io.kubesteward.forge.Endpoint;
import io.kubesteward.forge.ForgeJson;
import io.kubesteward.forge.RepositoryPath;
import io.kubesteward.http.ApiResponse;
import java.io.IOException;
import java.util.OptionalLong;

/** {@code GET /users?username=}: a user's id, which reviewer and assignee fields need; empty if none. */
final class FindUser implements Endpoint<OptionalLong> {
    private final String username;

    FindUser(String username) {
        this.username = username;
    }

    @Override
    public String method() {
        return "GET";
    }

    @Override
    public String route() {
        return "/users?username=" + RepositoryPath.query(username);
    }

    @Override
    public String action() {
        return "look up GitLab user " + username;
    }

    @Override
    public String permission() {
        return "the read_api scope";
    }

    @Override
    public OptionalLong parse(ApiResponse response) throws IOException {
        return ForgeJson.readList(response.body(), GitLabMergeRequest.User.class).stream()
                .filter(u -> username.equalsIgnoreCase(u.username()))
                .mapToLong(GitLabMergeRequest.User::id).findFirst();
    }
}
