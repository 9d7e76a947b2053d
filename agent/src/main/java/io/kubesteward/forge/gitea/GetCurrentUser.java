package io.kubesteward.forge.gitea;

import io.kubesteward.forge.ForgeJson;
import io.kubesteward.forge.RestEndpoint;

/** {@code GET /user}: the token's account. */
final class GetCurrentUser extends RestEndpoint<String> {
    GetCurrentUser() {
        super("GET", "/user", "read the token's account", null, null,
                response -> required(ForgeJson.read(response.body(), GiteaPull.User.class).login(), "login"));
    }
}
