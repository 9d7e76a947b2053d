package io.kubesteward.forge.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesteward.forge.ForgeJson;
import io.kubesteward.forge.PullRequest;
import io.kubesteward.forge.RestEndpoint;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /graphql} with {@code convertPullRequestToDraft} or {@code markPullRequestReadyForReview}: GitHub's
 * REST API cannot change a pull request's draft flag. The answer is GraphQL's: 200 with {@code errors} when refused,
 * read as the error types and messages.
 */
final class SetDraft extends RestEndpoint<SetDraft.Answer> {
    /** GraphQL's {@code errors}, as type and message; empty when the flag was set. */
    record Answer(List<String> types, List<String> messages) {
    }

    SetDraft(URI apiBase, PullRequest pr, boolean draft) {
        super("POST", route(apiBase), (draft ? "mark pull request #" + pr.number() + " as a draft"
                        : "mark pull request #" + pr.number() + " ready for review"),
                Map.of("query", "mutation($id: ID!) { " + (draft ? "convertPullRequestToDraft" : "markPullRequestReadyForReview")
                        + "(input: {pullRequestId: $id}) { pullRequest { isDraft } } }", "variables", Map.of("id", pr.nodeId())),
                "pull requests: write", SetDraft::read);
    }

    /** {@code /graphql} beside {@code api.github.com}'s REST root; {@code /api/graphql} beside GHES's {@code /api/v3}. */
    private static String route(URI apiBase) {
        return apiBase.getPath().replaceAll("/+$", "").endsWith("/api/v3") ? "/../graphql" : "/graphql";
    }

    private static Answer read(io.kubesteward.http.ApiResponse response) throws IOException {
        JsonNode json = ForgeJson.tree(response.body());
        if (json == null || !(json.has("data") || json.has("errors"))) {
            throw new IOException("not a GraphQL answer");
        }
        List<String> types = new java.util.ArrayList<>();
        List<String> messages = new java.util.ArrayList<>();
        for (JsonNode e : json.path("errors")) {
            types.add(e.path("type").asText(""));
            messages.add(e.path("message").asText("").replaceAll("\\p{Cntrl}", " "));
        }
        return new Answer(types, messages);
    }
}
