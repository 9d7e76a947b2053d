package io.kubesteward.forge.github;

import static io.kubesteward.forge.fake.ForgeTests.BRANCH;
import static io.kubesteward.forge.fake.ForgeTests.CANARY;
import static io.kubesteward.forge.fake.ForgeTests.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.forge.Forge;
import io.kubesteward.forge.ForgeFailure;
import io.kubesteward.forge.ForgeKind;
import io.kubesteward.forge.ForgeSettings;
import io.kubesteward.forge.ForgeToken;
import io.kubesteward.forge.registry.Forges;
import io.kubesteward.forge.Published;
import io.kubesteward.forge.fake.Answer;
import io.kubesteward.forge.fake.FakeServer;
import io.kubesteward.forge.fake.ForgeTests;
import io.kubesteward.http.HttpCaller;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GitHub's refusals, read into failures that say what to do, and never show the token. */
class GitHubFailuresTest {
    private final FakeGitHub github = new FakeGitHub("/api/v3", "acme", "gitops", CANARY);
    private final HttpCaller http = ForgeTests.http();
    private final Forge forge = Forges.open(GitHubForgeTest.settings(github.apiBase()), http);
    private final List<String> seen = new ArrayList<>();

    @AfterEach
    void stop() {
        http.close();
        github.close();
        for (String text : seen) {
            assertFalse(text.contains(CANARY), text);
        }
    }

    private ForgeFailure fails(ForgeFailure.Kind kind, Action action) {
        ForgeFailure f = assertThrows(ForgeFailure.class, action::run);
        seen.add(ForgeTests.everything(f));
        assertEquals(kind, f.kind(), f.getMessage());
        return f;
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    @CatalogueEntry(48)
    @Test
    void aWrongTokenIsInvalidOrExpired() {
        Forge wrong = Forges.open(ForgeSettings.of(ForgeKind.GITHUB, github.apiBase(), "acme/gitops",
                ForgeToken.of("not-" + CANARY)).withWriteInterval(Duration.ZERO), http);
        ForgeFailure f = fails(ForgeFailure.Kind.UNAUTHORIZED, () -> wrong.find(BRANCH));
        assertEquals("could not find the pull requests from branch steward/helm/cert-manager in acme/gitops on GitHub: "
                + "the token is invalid or expired (GitHub said: \"Bad credentials\") (HTTP 401) — create a new GitHub "
                + "token and give it to Steward", f.getMessage());
    }

    @CatalogueEntry(47)
    @Test
    void aMissingPermissionIsNamedFromGitHubsHeader() {
        github.server.script("POST", ".*/pulls", Answer.resource(403, "github/error-403-integration.json")
                .header("X-Accepted-GitHub-Permissions", "pull_requests=write,contents=read"));
        ForgeFailure f = fails(ForgeFailure.Kind.FORBIDDEN, () -> forge.create(draft(BRANCH, "v1")));
        assertTrue(f.why().startsWith("the token lacks a permission: it needs pull requests: write and contents: read"), f.why());
        assertTrue(f.why().contains("Resource not accessible by personal access token"), f.why());
    }

    @CatalogueEntry(47)
    @Test
    void withoutTheHeaderPullRequestCreationNamesWhatItNeeds() {
        github.server.script("POST", ".*/pulls", Answer.resource(403, "github/error-403-integration.json"));
        ForgeFailure f = fails(ForgeFailure.Kind.FORBIDDEN, () -> forge.create(draft(BRANCH, "v1")));
        assertTrue(f.why().contains("it needs contents: read and pull requests: write"), f.why());
    }

    @Test
    void anUnknownRepositoryIsNotFoundOrInvisible() {
        Forge elsewhere = Forges.open(ForgeSettings.of(ForgeKind.GITHUB, github.apiBase(), "acme/nope",
                ForgeToken.of(CANARY)).withWriteInterval(Duration.ZERO), http);
        ForgeFailure f = fails(ForgeFailure.Kind.NOT_FOUND, () -> elsewhere.find(BRANCH));
        assertTrue(f.why().startsWith("repository acme/nope not found, or the token cannot see it"), f.why());
    }

    @Test
    void anUnpushedHeadBranchIsExplained() {
        ForgeFailure f = fails(ForgeFailure.Kind.REJECTED, () -> forge.create(draft("missing/branch", "v1")));
        assertTrue(f.why().startsWith("the head branch does not exist on GitHub; it may not have been pushed"), f.why());
        assertTrue(f.why().contains("head invalid"), f.why());
    }

    @Test
    void aTokenEchoedByTheServerIsBlackedOut() {
        github.server.script("GET", ".*/pulls", Answer.json(422, "{\"message\":\"bad token " + CANARY + "\"}"));
        ForgeFailure f = fails(ForgeFailure.Kind.REJECTED, () -> forge.find(BRANCH));
        assertTrue(f.why().contains("bad token [token]"), f.why());
    }

    @CatalogueEntry(49)
    @Test
    void aSecondaryRateLimitIsWaitedOutByTheHttpCallerAndTheCreateGoesThrough() throws Exception {
        github.server.script("POST", ".*/pulls", Answer.resource(403, "github/error-403-secondary.json").header("Retry-After", "0"));
        Published created = forge.create(draft(BRANCH, "v1"));
        assertEquals(Published.Change.CREATED, created.change());
        assertEquals(2, github.server.calls("POST", ".*/pulls").size());
        assertEquals(1, github.openCount(BRANCH));
    }

    @CatalogueEntry(50)
    @Test
    void anExhaustedRateLimitSaysUntilWhen() {
        long reset = Instant.now().plusSeconds(3600).getEpochSecond();
        github.server.script("GET", ".*/pulls", Answer.resource(403, "github/error-403-primary.json")
                .header("X-RateLimit-Limit", "5000").header("X-RateLimit-Remaining", "0")
                .header("X-RateLimit-Used", "5000").header("X-RateLimit-Reset", Long.toString(reset)));
        ForgeFailure f = fails(ForgeFailure.Kind.RATE_LIMITED, () -> forge.find(BRANCH));
        assertTrue(f.why().contains("rate limited until"), f.why());
        assertEquals(1, github.server.calls("GET", ".*/pulls").size(), "an hour is too long to wait");
    }

    @CatalogueEntry(49)
    @Test
    void aSecondaryLimitWithoutRetryAfterIsARateLimitNotAMissingPermission() {
        github.server.script("PATCH", ".*", Answer.resource(403, "github/error-403-secondary.json"));
        ForgeFailure f = fails(ForgeFailure.Kind.RATE_LIMITED, () -> {
            var pr = forge.create(draft(BRANCH, "v1")).pullRequest();
            forge.update(pr, draft(BRANCH, "v2"));
        });
        assertTrue(f.why().contains("rate limit"), f.why());
    }

    @Test
    void aServerThatKeepsFailingIsReportedAfterRetries() {
        github.server.script("GET", ".*/pulls", Answer.json(502, "<html>Bad Gateway</html>"),
                Answer.json(502, "<html>Bad Gateway</html>"), Answer.json(502, "<html>Bad Gateway</html>"));
        ForgeFailure f = fails(ForgeFailure.Kind.SERVER, () -> forge.find(BRANCH));
        assertTrue(f.why().startsWith("GitHub's server failed, also on retry"), f.why());
        assertEquals(3, github.server.calls("GET", ".*/pulls").size());
    }

    @Test
    void aFailedCreateIsNotRepeatedBlindly() {
        github.server.script("POST", ".*/pulls", Answer.json(502, "{\"message\":\"Server Error\"}"));
        fails(ForgeFailure.Kind.SERVER, () -> forge.create(draft(BRANCH, "v1")));
        assertEquals(1, github.server.calls("POST", ".*/pulls").size(), "the pull request may have been made");
    }

    @Test
    void aWriteToAMovedRepositorySaysSo() {
        github.server.script("POST", ".*/pulls", Answer.json(307, "{\"message\":\"Temporary Redirect\",\"url\":\""
                + github.apiBase() + "/repositories/42/pulls\"}").header("Location", github.apiBase() + "/repositories/42/pulls"));
        ForgeFailure f = fails(ForgeFailure.Kind.NOT_FOUND, () -> forge.create(draft(BRANCH, "v1")));
        assertTrue(f.why().startsWith("repository acme/gitops has moved (renamed or transferred)"), f.why());
    }

    @Test
    void anUnreachableForgeIsANetworkFailure() {
        URI gone;
        try (FakeServer closed = new FakeServer()) {
            gone = URI.create(closed.base() + "/api/v3");
        }
        Forge unreachable = Forges.open(GitHubForgeTest.settings(gone), http);
        ForgeFailure f = fails(ForgeFailure.Kind.NETWORK, () -> unreachable.find(BRANCH));
        assertTrue(f.why().startsWith("no answer from http://127.0.0.1:"), f.why());
    }

    @Test
    void anAnswerOfTheWrongShapeSaysSo() {
        github.server.script("GET", ".*/pulls", Answer.json(200, "{\"not\":\"a list\"}"));
        ForgeFailure f = fails(ForgeFailure.Kind.UNEXPECTED_RESPONSE, () -> forge.find(BRANCH));
        assertTrue(f.why().contains("not what GitHub's API sends"), f.why());
    }
}
