package io.kubesteward.forge.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.forge.ErrorReply;
import io.kubesteward.forge.fake.Answer.Resources;
import io.kubesteward.http.ApiResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GitHubErrorsTest {
    private static ApiResponse response(int status, String resource, Map<String, List<String>> headers) {
        return new ApiResponse(status, headers, Resources.text(resource).getBytes(StandardCharsets.UTF_8),
                URI.create("https://api.github.com/repos/o/r/pulls"));
    }

    @Test
    void permissionSetsAreReadAsWords() {
        assertEquals("pull requests: write and contents: read",
                GitHubErrors.permissionsInWords("pull_requests=write,contents=read"));
        assertEquals("repository projects: write, or organization projects: admin",
                GitHubErrors.permissionsInWords("repository_projects=write; organization_projects=admin"));
    }

    @Test
    void aSecondaryLimitIsARateLimitAndAPlain403IsNot() {
        assertTrue(GitHubErrors.read(response(403, "github/error-403-secondary.json", Map.of())).rateLimited());
        assertFalse(GitHubErrors.read(response(403, "github/error-403-integration.json", Map.of())).rateLimited());
        ErrorReply primary = GitHubErrors.read(response(403, "github/error-403-primary.json",
                Map.of("X-RateLimit-Remaining", List.of("0"), "X-RateLimit-Reset", List.of("1700000000"))));
        assertTrue(primary.rateLimited());
        assertEquals(1_700_000_000L, primary.resetAt().getEpochSecond());
    }

    @Test
    void validationErrorsAreReadAsDetails() {
        ErrorReply exists = GitHubErrors.read(response(422, "github/error-422-exists.json", Map.of()));
        assertEquals("Validation Failed: A pull request already exists for HEAD_LABEL.", exists.said());
        ErrorReply head = GitHubErrors.read(response(422, "github/error-422-head-invalid.json", Map.of()));
        assertEquals(List.of("head invalid"), head.details());
    }

    @Test
    void anHtmlErrorPageSaysNothing() {
        ErrorReply html = GitHubErrors.read(new ApiResponse(502, Map.of(), "<html>Bad Gateway</html>".getBytes(StandardCharsets.UTF_8),
                URI.create("https://api.github.com/x")));
        assertEquals(null, html.said());
    }
}
