package io.kubesteward.forge.gitea;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesteward.forge.ErrorReply;
import io.kubesteward.forge.ForgeJson;
import io.kubesteward.http.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Gitea's refusals, {@code {"message": ..., "url": ...}} with, for validation, {@code errors}.
 * A token without a scope gets 403 "token does not have at least one of required scope(s): [...]".
 * Gitea itself sends no rate-limit headers; a proxy in front may answer 429.
 */
final class GiteaErrors {
    private static final Pattern SCOPES = Pattern.compile("required scope\\(s\\):\\s*\\[([^\\]]+)\\]");

    private GiteaErrors() {
    }

    static ErrorReply read(ApiResponse response) {
        JsonNode json = ForgeJson.tree(response.body());
        String message = json != null && json.path("message").isTextual() ? json.path("message").asText() : null;
        List<String> details = new ArrayList<>();
        if (json != null) {
            json.path("errors").forEach(e -> details.add(e.isTextual() ? e.asText() : e.path("message").asText(e.toString())));
        }
        String scopes = null;
        if (message != null) {
            Matcher m = SCOPES.matcher(message);
            if (m.find()) {
                scopes = "the " + String.join(" or ", m.group(1).trim().split("[,\\s]+")) + " scope";
            }
        }
        return new ErrorReply(response.status(), message, details, response.status() == 429, null, scopes);
    }
}
