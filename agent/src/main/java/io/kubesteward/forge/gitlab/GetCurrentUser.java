package io.kubesteward.forge.gitlab;

import io.kubesteward.forge.Endpoint;
import io.kubesteward.forge.ForgeJson;
import io.kubesteward.http.ApiResponse;
import java.io.IOException;

/** {@code GET /user}: the token's account (for a project or group token, its bot user). */
final class GetCurrentUser implements Endpoint<String> {
    @Override
    public String method() {
        return "GET";
    }

    @Override
    public String route() {
        return "/user";
    }

    @Override
    public String action() {
        return "read the token's account";
    }

    @Override
    public String parse(ApiResponse response) throws IOException {
        String name = ForgeJson.read(response.body(), GitLabMergeRequest.User.class).username();
        if (name == null) {
            throw new IOException("no username");
        }
        return name;
    }
}
