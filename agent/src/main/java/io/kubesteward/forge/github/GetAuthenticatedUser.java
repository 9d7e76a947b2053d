package io.kubesteward.forge.github;

import io.kubesteward.forge.ForgeJson;
import io.kubesteward.forge.RestEndpoint;

/** {@code GET /user}: the token's account. A GitHub App's installation token gets 403 here. */
final class GetAuthenticatedUser extends RestEndpoint<String> {
    record User(String login) {
    }

    GetAuthenticatedUser() {
        super("GET", "/user", "read the token's account", null, null,
                response -> required(ForgeJson.read(response.body(), User.class).login(), "login"));
    }
}
