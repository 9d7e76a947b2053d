package io.kubesteward.forge.gitlab;

import io.kubesteward.forge.ForgeJson;
import io.kubesteward.forge.RestEndpoint;

/** {@code GET /user}: the token's account (for a project or group token, its bot user). */
final class GetCurrentUser extends RestEndpoint<String> {
    GetCurrentUser() {
        super("GET", "/user", "read the token's account", null, null,
                response -> required(ForgeJson.read(response.body(), GitLabMergeRequest.User.class).username(), "username"));
    }
}
