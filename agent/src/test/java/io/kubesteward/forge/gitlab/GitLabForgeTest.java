package io.kubesteward.forge.gitlab;

import static io.kubesteward.forge.fake.ForgeTests.BRANCH;
import static io.kubesteward.forge.fake.ForgeTests.CANARY;
import static io.kubesteward.forge.fake.ForgeTests.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.forge.Forge;
import io.kubesteward.forge.ForgeFailure;
import io.kubesteward.forge.ForgeKind;
import io.kubesteward.forge.ForgeSettings;
import io.kubesteward.forge.ForgeToken;
import io.kubesteward.forge.registry.Forges;
import io.kubesteward.forge.PullRequest;
import io.kubesteward.forge.PullRequestDraft;
import io.kubesteward.forge.Published;
import io.kubesteward.forge.fake.Answer;
import io.kubesteward.forge.fake.Call;
import io.kubesteward.forge.fake.ForgeTests;
import io.kubesteward.http.HttpCaller;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Merge requests on a fake self-managed GitLab that speaks GitLab's REST shapes. */
class GitLabForgeTest {
    private final FakeGitLab gitlab = new FakeGitLab("platform%2Fclusters%2Fgitops", "platform/clusters/gitops", CANARY);
    private final HttpCaller http = ForgeTests.http();
    private final Forge forge = Forges.open(settings(URI.create(gitlab.server.base()), "platform/clusters/gitops", CANARY), http);

    @AfterEach
    void stop() {
        http.close();
        gitlab.close();
    }

    private static ForgeSettings settings(URI base, String project, String token) {
        return ForgeSettings.of(ForgeKind.GITLAB, base, project, ForgeToken.of(token)).withWriteInterval(Duration.ZERO);
    }

    @Test
    void aBlockedUpgradeIsMarkedByTheTitlePrefixAndLosesItWhenNoLongerBlocked() throws Exception {
        Published created = forge.create(io.kubesteward.forge.fake.ForgeTests.blockedDraft(BRANCH, "v1.15.3"));
        assertEquals("Draft: Update cert-manager to v1.15.3", created.pullRequest().title());
        PullRequest open = forge.find(BRANCH).openPullRequest().orElseThrow();
        assertEquals(Published.Change.UNCHANGED, forge.update(open, io.kubesteward.forge.fake.ForgeTests.blockedDraft(BRANCH, "v1.15.3"))
                .change(), "the prefix is not written twice");
        assertEquals("Update cert-manager to v1.15.3", forge.update(open, draft(BRANCH, "v1.15.3")).pullRequest().title());
    }

    @Test
    void findsNoneThenCreatesThenFindsItAndUpdatesItInPlace() throws Exception {
        assertTrue(forge.find(BRANCH).openPullRequest().isEmpty());

        Published created = forge.create(draft(BRANCH, "v1.15.3"));
        assertEquals(Published.Change.CREATED, created.change());
        assertEquals(List.of(), created.warnings());
        PullRequest mr = forge.find(BRANCH).openPullRequest().orElseThrow();
        assertEquals(created.pullRequest().number(), mr.number());
        assertEquals("https://gitlab.example.com/platform/clusters/gitops/-/merge_requests/" + mr.number(), mr.url());
        assertEquals(List.of("dependencies"), mr.labels());
        assertEquals(FakeGitLab.BOT, mr.author());
        JsonNode json = gitlab.json(mr.number());
        assertEquals("alice", json.get("reviewers").get(0).get("username").asText());
        assertEquals("bob", json.get("assignees").get(0).get("username").asText());

        assertEquals(Published.Change.UNCHANGED, forge.update(mr, draft(BRANCH, "v1.15.3")).change());
        Published again = forge.create(draft(BRANCH, "v1.16.0"));
        assertEquals(Published.Change.UPDATED, again.change(), "409 'already exists' finds and updates the open one");
        assertEquals("Update cert-manager to v1.16.0", forge.find(BRANCH).openPullRequest().orElseThrow().title());
        assertEquals(1, gitlab.openCount(BRANCH));
    }

    @Test
    void namesTheProjectByItsUrlEncodedPathAndSendsThePrivateToken() throws Exception {
        forge.find(BRANCH);
        Call list = gitlab.server.calls().get(0);
        assertEquals("/api/v4/projects/platform%2Fclusters%2Fgitops/merge_requests", list.path());
        assertEquals(BRANCH, list.query().get("source_branch"));
        assertEquals("all", list.query().get("state"));
        assertEquals(CANARY, list.header("PRIVATE-TOKEN"));
        assertNull(list.header("Authorization"));
    }

    @Test
    void labelsGoAsACommaListThatAdds() throws Exception {
        PullRequest mr = forge.create(draft(BRANCH, "v1")).pullRequest();
        PullRequestDraft more = new PullRequestDraft(mr.title(), mr.body(), BRANCH, "main",
                List.of("dependencies", "steward", "helm"), List.of(), List.of());
        forge.update(mr, more);
        Call put = gitlab.server.calls("PUT", ".*").get(gitlab.server.calls("PUT", ".*").size() - 1);
        assertEquals("steward,helm", put.json().get("add_labels").asText());
        assertEquals(List.of("dependencies", "steward", "helm"), forge.find(BRANCH).openPullRequest().orElseThrow().labels());
    }

    @Test
    void reviewersAreAddedByIdToThoseAlreadyThereAndUnknownNamesAreWarnings() throws Exception {
        PullRequest mr = forge.create(draft(BRANCH, "v1")).pullRequest();
        List<String> warnings = forge.requestReview(mr, List.of("carol", "nobody"), List.of());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("GitLab has no user named nobody"), warnings.get(0));
        List<String> reviewers = new ArrayList<>();
        gitlab.json(mr.number()).get("reviewers").forEach(r -> reviewers.add(r.get("username").asText()));
        assertEquals(List.of("alice", "carol"), reviewers);
    }

    @Test
    void aMergeRequestClosedUnmergedWithMetadataIsRecognisedAndStewardsOwnCloseIsNot() throws Exception {
        long declined = gitlab.seed("closed", BRANCH, ForgeTests.body(BRANCH, "v1.15.0"), FakeGitLab.BOT);
        gitlab.seed("merged", BRANCH, ForgeTests.body(BRANCH, "v1.16.0"), FakeGitLab.BOT);
        assertEquals(declined, forge.find(BRANCH).closedUnmergedPullRequest().orElseThrow().number());

        PullRequest old = forge.create(draft("steward/helm/other", "v1")).pullRequest();
        PullRequest newer = forge.create(draft("steward/helm/other-2.x", "v2")).pullRequest();
        forge.closeSuperseded(old, newer);
        assertEquals("closed", gitlab.json(old.number()).get("state").asText());
        assertTrue(gitlab.notes().get(0).contains("Superseded by !" + newer.number()), gitlab.notes().get(0));
        assertTrue(forge.find("steward/helm/other").closedUnmergedPullRequest().isEmpty());
    }

    @Test
    void followsXNextPage() throws Exception {
        for (int i = 0; i < 130; i++) {
            gitlab.seed("opened", "steward/helm/c" + i, "b", FakeGitLab.BOT);
        }
        gitlab.seed("opened", "steward/helm/by-carol", "b", "carol");
        assertEquals(130, forge.openPullRequests("steward/").size());
        List<Call> pages = gitlab.server.calls("GET", ".*/merge_requests");
        assertEquals(2, pages.size());
        assertEquals("2", pages.get(1).query().get("page"));
    }

    @CatalogueEntry(47)
    @Test
    void refusalsAreExplainedWithoutTheToken() {
        List<String> seen = new ArrayList<>();
        Forge wrong = Forges.open(settings(URI.create(gitlab.server.base()), "platform/clusters/gitops", "wrong-" + CANARY), http);
        ForgeFailure unauthorized = assertThrows(ForgeFailure.class, () -> wrong.find(BRANCH));
        assertEquals(ForgeFailure.Kind.UNAUTHORIZED, unauthorized.kind());
        assertTrue(unauthorized.why().startsWith("the token is invalid or expired"));

        gitlab.server.script("POST", ".*/merge_requests", Answer.resource(403, "gitlab/error-403-scope.json"));
        ForgeFailure forbidden = assertThrows(ForgeFailure.class, () -> forge.create(draft(BRANCH, "v1")));
        assertEquals(ForgeFailure.Kind.FORBIDDEN, forbidden.kind());
        assertTrue(forbidden.why().startsWith("the token lacks a permission: it needs the api scope"), forbidden.why());

        Forge elsewhere = Forges.open(settings(URI.create(gitlab.server.base()), "platform/nope", CANARY), http);
        ForgeFailure notFound = assertThrows(ForgeFailure.class, () -> elsewhere.find(BRANCH));
        assertEquals(ForgeFailure.Kind.NOT_FOUND, notFound.kind());
        assertTrue(notFound.why().contains("404 Project Not Found"), notFound.why());

        PullRequestDraft wrongBase = new PullRequestDraft("t", "b", BRANCH, "mian", List.of(), List.of(), List.of());
        ForgeFailure rejected = assertThrows(ForgeFailure.class, () -> forge.create(wrongBase));
        assertEquals(ForgeFailure.Kind.REJECTED, rejected.kind());
        assertTrue(rejected.why().contains("target_branch is invalid"), rejected.why());

        for (ForgeFailure f : List.of(unauthorized, forbidden, notFound, rejected)) {
            seen.add(ForgeTests.everything(f));
        }
        seen.forEach(text -> assertFalse(text.contains(CANARY), text));
    }
}
