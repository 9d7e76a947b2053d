package io.kubesteward.forge.gitlab;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesteward.forge.ErrorReply;
import io.kubesteward.forge.ForgeJson;
import io.kubesteward.http.ApiResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads GitLab's refusals. {@code message} is a string ("404 Project Not Found"), a list, or an
 * object of field → messages; OAuth-style refusals carry {@code error}, {@code error_description}
 * and the missing {@code scope}. Rate limits: 429, or {@code RateLimit-Remaining: 0}.
 */
final class GitLabErrors {
    private GitLabErrors() {
    }

    static ErrorReply read(ApiResponse response) {
        JsonNode json = ForgeJson.tree(response.body());
        String message = null;
        List<String> details = new ArrayList<>();
        String scope = null;
        if (json != null) {
            JsonNode m = json.path("message");
            if (m.isTextual()) {
                message = m.asText();
            } else if (m.isArray()) {
                m.forEach(item -> details.add(item.asText()));
            } else if (m.isObject()) {
                for (Map.Entry<String, JsonNode> field : m.properties()) {
                    List<String> said = new ArrayList<>();
                    field.getValue().forEach(v -> said.add(v.asText()));
                    details.add(field.getKey() + " " + (said.isEmpty() ? field.getValue().asText() : String.join(", ", said)));
                }
            }
            if (message == null && details.isEmpty()) {
                message = json.path("error_description").isTextual() ? json.path("error_description").asText()
                        : json.path("error").isTextual() ? json.path("error").asText() : null;
            }
            scope = json.path("scope").isTextual() ? "the " + json.path("scope").asText() + " scope" : null;
        }
        boolean limited = response.status() == 429
                || response.header("RateLimit-Remaining").map(String::trim).filter("0"::equals).isPresent();
        return new ErrorReply(response.status(), message, details, limited, reset(response), scope);
    }

    private static Instant reset(ApiResponse response) {
        try {
            return response.header("RateLimit-Reset").map(v -> Instant.ofEpochSecond(Long.parseLong(v.trim()))).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
