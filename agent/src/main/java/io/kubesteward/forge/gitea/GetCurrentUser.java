package io.kubesteward.forge.gitea;

import io.kubesteward.forge.Endpoint;
import io.kubesteward.forge.ForgeJson;
import io.kubesteward.http.ApiResponse;
import java.io.IOException;

/** {@code GET /user}: the token's account. */
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
        String login = ForgeJson.read(response.body(), GiteaPull.User.class).login();
        if (login == null) {
            throw new IOException("no login");
        }
        return login;
    }
}
