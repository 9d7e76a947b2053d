package io.kubesteward.forge.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesteward.forge.ErrorReply;
import io.kubesteward.forge.ForgeJson;
import io.kubesteward.http.ApiResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads GitHub's refusals: {@code {"message", "documentation_url", "errors": [...]}}, the
 * permissions a fine-grained token lacks ({@code X-Accepted-GitHub-Permissions}) and rate limits,
 * primary ({@code X-RateLimit-Remaining: 0}) and secondary (403 whose message says so).
 */
final class GitHubErrors {
    private GitHubErrors() {
    }

    static ErrorReply read(ApiResponse response) {
        JsonNode json = ForgeJson.tree(response.body());
        String message = json != null && json.path("message").isTextual() ? json.path("message").asText() : null;
        List<String> details = new ArrayList<>();
        if (json != null) {
            for (JsonNode e : json.path("errors")) {
                details.add(e.isTextual() ? e.asText() : e.path("message").isTextual() ? e.path("message").asText()
                        : String.join(" ", e.path("field").asText(""), e.path("code").asText("")).strip());
            }
        }
        String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
        boolean limited = (response.status() == 403 || response.status() == 429)
                && (response.header("X-RateLimit-Remaining").map(String::trim).filter("0"::equals).isPresent()
                        || lower.contains("rate limit") || lower.contains("abuse detection"));
        return new ErrorReply(response.status(), message, details, limited, reset(response),
                response.header("X-Accepted-GitHub-Permissions").map(GitHubErrors::permissionsInWords).orElse(null));
    }

    /** {@code pull_requests=write,contents=read; issues=write} → "pull requests: write and contents: read, or issues: write". */
    static String permissionsInWords(String header) {
        List<String> sets = new ArrayList<>();
        for (String set : header.split(";")) {
            List<String> perms = new ArrayList<>();
            for (String p : set.split(",")) {
                String[] kv = p.trim().split("=", 2);
                if (!kv[0].isEmpty()) {
                    perms.add(kv[0].replace('_', ' ') + (kv.length > 1 ? ": " + kv[1].trim() : ""));
                }
            }
            if (!perms.isEmpty()) {
                sets.add(String.join(" and ", perms));
            }
        }
        return sets.isEmpty() ? null : String.join(", or ", sets);
    }

    private static Instant reset(ApiResponse response) {
        try {
            return response.header("X-RateLimit-Reset").map(v -> Instant.ofEpochSecond(Long.parseLong(v.trim()))).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
