package io.kubesteward.forge.github;

import static io.kubesteward.forge.fake.ForgeTests.BRANCH;
import static io.kubesteward.forge.fake.ForgeTests.CANARY;
import static io.kubesteward.forge.fake.ForgeTests.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.forge.BranchPullRequests;
import io.kubesteward.forge.Forge;
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
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Steward's pull request life cycle against a fake GitHub that speaks GitHub's REST shapes. */
class GitHubForgeTest {
    /** GitHub Enterprise's layout: a fake on 127.0.0.1 cannot be api.github.com, whose API sits at the root. */
    private final FakeGitHub github = new FakeGitHub("/api/v3", "acme", "gitops", CANARY);
    private final HttpCaller http = ForgeTests.http();
    private final Forge forge = Forges.open(settings(github.apiBase()), http);

    @AfterEach
    void stop() {
        http.close();
        github.close();
    }

    static ForgeSettings settings(URI base) {
        return ForgeSettings.of(ForgeKind.GITHUB, base, "acme/gitops", ForgeToken.of(CANARY)).withWriteInterval(Duration.ZERO);
    }

    @Test
    void findsNoneThenCreatesThenFindsItAndUpdatesItInPlace() throws Exception {
        assertTrue(forge.find(BRANCH).openPullRequest().isEmpty());

        Published created = forge.create(draft(BRANCH, "v1.15.3"));
        assertEquals(Published.Change.CREATED, created.change());
        assertEquals(List.of(), created.warnings());
        assertEquals(List.of("dependencies"), created.pullRequest().labels());
        PullRequest pr = forge.find(BRANCH).openPullRequest().orElseThrow();
        assertEquals(created.pullRequest().number(), pr.number());
        assertEquals("https://github.com/acme/gitops/pull/" + pr.number(), pr.url());
        assertEquals("main", pr.baseBranch());
        assertEquals(FakeGitHub.BOT, pr.author());
        assertEquals(List.of("v1.15.3"), pr.metadata().orElseThrow().targetVersions());
        assertEquals("alice", github.pullJson(pr.number()).get("requested_reviewers").get(0).get("login").asText());

        Published same = forge.update(pr, draft(BRANCH, "v1.15.3"));
        assertEquals(Published.Change.UNCHANGED, same.change());
        assertEquals(0, github.server.calls("PATCH", ".*").size(), "an unchanged pull request is not written");

        Published newer = forge.update(pr, draft(BRANCH, "v1.16.0"));
        assertEquals(Published.Change.UPDATED, newer.change());
        assertEquals("Update cert-manager to v1.16.0", newer.pullRequest().title());
        assertEquals(pr.number(), forge.find(BRANCH).openPullRequest().orElseThrow().number());
        assertEquals(1, github.openCount(BRANCH), "no duplicate");
    }

    @Test
    void theDraftFlagFollowsTheFindingsOnUpdateThroughGitHubsGraphqlApi() throws Exception {
        PullRequest pr = forge.create(ForgeTests.blockedDraft(BRANCH, "v1.15.3")).pullRequest();
        PullRequest found = forge.find(BRANCH).openPullRequest().orElseThrow();
        assertEquals(Boolean.TRUE, found.draft(), "GitHub's draft flag is read back");

        Published ready = forge.update(found, draft(BRANCH, "v1.15.3"));
        assertEquals(Published.Change.UPDATED, ready.change(), ready.warnings()::toString);
        assertEquals(List.of("markPullRequestReadyForReview PR_kwDOfake" + pr.number()), github.graphqlCalls);
        assertFalse(github.isDraft(pr.number()), "ready for review once nothing blocks");
        assertEquals(1, github.server.calls("POST", "/api/graphql").size(), "GitHub Enterprise's GraphQL sits beside /api/v3");

        Published blocked = forge.update(forge.find(BRANCH).openPullRequest().orElseThrow(), ForgeTests.blockedDraft(BRANCH, "v1.15.3"));
        assertEquals(Published.Change.UPDATED, blocked.change());
        assertTrue(github.isDraft(pr.number()), "a draft again when a blocking finding comes");
        assertEquals(Published.Change.UNCHANGED, forge.update(forge.find(BRANCH).openPullRequest().orElseThrow(),
                ForgeTests.blockedDraft(BRANCH, "v1.15.3")).change(), "no call when the flag is already right");
        assertEquals(2, github.graphqlCalls.size());
    }

    @Test
    void aDraftAPersonMadeIsLeftADraft() throws Exception {
        PullRequestDraft plain = ForgeTests.draft(BRANCH, "v1.15.3");
        forge.create(new PullRequestDraft(plain.title(), plain.body(), plain.head(), plain.base(), plain.labels(), plain.reviewers(),
                plain.assignees(), true)); // a draft without a blocking finding: someone wanted it so
        Published update = forge.update(forge.find(BRANCH).openPullRequest().orElseThrow(), ForgeTests.draft(BRANCH, "v1.15.3"));
        assertEquals(Published.Change.UNCHANGED, update.change());
        assertEquals(List.of(), github.graphqlCalls, "Steward makes ready only the drafts its findings made");
    }

    @Test
    void aTokenThatCannotChangeTheDraftFlagLeavesAWarningNotAFailedDelivery() throws Exception {
        long number = forge.create(ForgeTests.blockedDraft(BRANCH, "v1.15.3")).pullRequest().number();
        github.forbidGraphql();
        Published update = forge.update(forge.find(BRANCH).openPullRequest().orElseThrow(), draft(BRANCH, "v1.15.3"));
        assertTrue(github.isDraft(number), "still a draft: the flag could not be changed");
        assertEquals(Boolean.TRUE, update.pullRequest().draft());
        assertEquals(1, update.warnings().size(), update.warnings()::toString);
        assertTrue(update.warnings().get(0).contains("Resource not accessible by integration"), update.warnings()::toString);
        assertFalse(update.warnings().get(0).contains(CANARY));
    }

    @Test
    void aBlockedUpgradeIsOpenedWithGitHubsDraftFlagAndItsTitleUnchanged() throws Exception {
        PullRequest pr = forge.create(ForgeTests.blockedDraft(BRANCH, "v1.15.3")).pullRequest();
        assertTrue(github.pullJson(pr.number()).get("draft").asBoolean());
        assertEquals("Update cert-manager to v1.15.3", pr.title());
        assertEquals(false, github.pullJson(forge.create(draft("steward/helm/other", "v1")).pullRequest().number()).get("draft")
                .asBoolean());
    }

    @Test
    void aRepositoryWithoutDraftsGetsTheBlockedPullRequestReadyForReviewWithAWarning() throws Exception {
        github.refuseDrafts();
        Published created = forge.create(ForgeTests.blockedDraft(BRANCH, "v1.15.3"));
        assertEquals(Published.Change.CREATED, created.change());
        assertFalse(github.pullJson(created.pullRequest().number()).get("draft").asBoolean());
        assertTrue(created.warnings().get(0).contains("Draft pull requests are not supported"), created.warnings().toString());
        assertEquals(1, github.openCount(BRANCH));
    }

    @CatalogueEntry(42)
    @Test
    void sendsGitHubsHeadersAndQueriesByOwnerAndBranch() throws Exception {
        forge.find(BRANCH);
        Call list = github.server.calls("GET", ".*/pulls").get(0);
        assertEquals("application/vnd.github+json", list.header("Accept"));
        assertEquals("2022-11-28", list.header("X-GitHub-Api-Version"));
        assertEquals("Bearer " + CANARY, list.header("Authorization"));
        assertEquals("acme:" + BRANCH, list.query().get("head"));
        assertEquals("all", list.query().get("state"));
    }

    @CatalogueEntry(42)
    @Test
    void aSecondCreateForTheSameBranchFindsTheOpenOneAndUpdatesIt() throws Exception {
        forge.create(draft(BRANCH, "v1.15.3"));
        Published again = forge.create(draft(BRANCH, "v1.16.0"));
        assertEquals(Published.Change.UPDATED, again.change());
        assertEquals(1, github.openCount(BRANCH));
        assertEquals("Update cert-manager to v1.16.0", again.pullRequest().title());
    }

    @CatalogueEntry(43)
    @Test
    void aPullRequestClosedUnmergedWithStewardsMetadataMeansIgnoreThatVersion() throws Exception {
        github.seed("closed", BRANCH, "Update cert-manager to v1.14.0", ForgeTests.body(BRANCH, "v1.14.0"), false, FakeGitHub.BOT);
        long declined = github.seed("closed", BRANCH, "Update cert-manager to v1.15.0", ForgeTests.body(BRANCH, "v1.15.0"), false, FakeGitHub.BOT);
        github.seed("closed", BRANCH, "Someone's own", "no metadata here", false, "carol");
        github.seed("closed", BRANCH, "Merged", ForgeTests.body(BRANCH, "v1.16.0"), true, FakeGitHub.BOT);

        BranchPullRequests found = forge.find(BRANCH);
        assertTrue(found.openPullRequest().isEmpty());
        PullRequest closed = found.closedUnmergedPullRequest().orElseThrow();
        assertEquals(declined, closed.number());
        assertEquals(List.of("v1.15.0"), closed.metadata().orElseThrow().targetVersions());
    }

    @Test
    void closingAsSupersededLinksTheNewerOneAndIsNotReadAsAPersonsNo() throws Exception {
        PullRequest old = forge.create(draft("steward/helm/cert-manager-1.x", "v1.15.3")).pullRequest();
        PullRequest newer = forge.create(draft(BRANCH, "v2.0.0")).pullRequest();

        PullRequest closed = forge.closeSuperseded(old, newer);

        assertEquals(PullRequest.State.CLOSED, closed.state());
        assertTrue(github.comments().get(0).contains("Superseded by #" + newer.number() + " (" + newer.url() + ")"));
        assertTrue(forge.find("steward/helm/cert-manager-1.x").closedUnmergedPullRequest().isEmpty());
        assertTrue(closed.metadata().isPresent(), "the metadata survives the close");
    }

    @Test
    void listsOpenPullRequestsByTheBotAcrossPagesFollowingLink() throws Exception {
        for (int i = 0; i < 130; i++) {
            github.seed("open", "steward/helm/chart-" + i, "t", "b", false, FakeGitHub.BOT);
        }
        github.seed("open", "steward/helm/by-a-person", "t", "b", false, "carol");
        github.seed("open", "feature/x", "t", "b", false, FakeGitHub.BOT);
        github.seed("closed", "steward/helm/old", "t", "b", false, FakeGitHub.BOT);

        List<PullRequest> open = forge.openPullRequests("steward/");

        assertEquals(130, open.size());
        List<Call> pages = github.server.calls("GET", ".*/pulls");
        assertEquals(2, pages.size());
        assertTrue(pages.get(1).path().contains("/repositories/"), "the second page is the Link header's");
    }

    @Test
    void whenTheTokenMayNotReadItsAccountStewardsPullRequestsAreToldByBranchAlone() throws Exception {
        github.server.script("GET", ".*/user", Answer.resource(403, "github/error-403-integration.json"));
        github.seed("open", "steward/helm/a", "t", "b", false, "steward[bot]");
        github.seed("open", "steward/helm/b", "t", "b", false, "steward[bot]");
        github.seed("open", "feature/x", "t", "b", false, "carol");
        assertEquals(2, forge.openPullRequests("steward/").size());
        assertEquals(2, forge.openPullRequests("steward/").size());
        assertEquals(1, github.server.calls("GET", ".*/user").size(), "asked once per run");
    }

    @Test
    void aConfiguredBotAccountIsTakenAsGiven() throws Exception {
        github.seed("open", "steward/helm/a", "t", "b", false, "steward[bot]");
        github.seed("open", "steward/helm/b", "t", "b", false, FakeGitHub.BOT);
        Forge app = Forges.open(settings(github.apiBase()).withBotUser("steward[bot]"), http);
        assertEquals(List.of("steward/helm/a"), app.openPullRequests("steward/").stream().map(PullRequest::headBranch).toList());
        assertEquals(0, github.server.calls("GET", ".*/user").size());
    }

    @Test
    void writesAreSpacedOutByTheWriteInterval() throws Exception {
        Forge paced = Forges.open(settings(github.apiBase()).withWriteInterval(Duration.ofMillis(150)), http);
        long start = System.nanoTime();
        paced.create(draft(BRANCH, "v1"));
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(4, github.server.calls().stream().filter(c -> !c.method().equals("GET")).count());
        assertTrue(elapsedMillis >= 3 * 150, "4 writes take at least 3 intervals, took " + elapsedMillis + " ms");
    }

    @Test
    void refusedReviewersBecomeWarningsAndTheRestIsDone() throws Exception {
        PullRequestDraft d = new PullRequestDraft("t", "b", BRANCH, "main", List.of("dependencies"),
                List.of("mallory"), List.of("bob"));
        Published created = forge.create(d);
        assertEquals(Published.Change.CREATED, created.change());
        assertEquals(1, created.warnings().size());
        assertTrue(created.warnings().get(0).contains("a reviewer is not a collaborator"), created.warnings().get(0));
        assertEquals(1, github.server.calls("POST", ".*/assignees").size());
    }

    @Test
    void neverAsksTheAuthorToReviewTheirOwnPullRequest() throws Exception {
        PullRequestDraft d = new PullRequestDraft("t", "b", BRANCH, "main", List.of(), List.of(FakeGitHub.BOT), List.of());
        assertEquals(List.of(), forge.create(d).warnings());
        assertEquals(0, github.server.calls("POST", ".*/requested_reviewers").size());
    }

    @Test
    void aLongBodyIsCutToGitHubsLimitKeepingTheMetadata() throws Exception {
        String huge = "x".repeat(70_000) + "\n\n" + ForgeTests.body(BRANCH, "v1.15.3");
        PullRequestDraft d = new PullRequestDraft("t", huge, BRANCH, "main", List.of(), List.of(), List.of());
        PullRequest pr = forge.create(d).pullRequest();
        assertTrue(pr.body().length() <= 65_536);
        assertTrue(pr.body().contains("cut to fit GitHub's limit of 65,536 characters"));
        assertEquals(List.of("v1.15.3"), pr.metadata().orElseThrow().targetVersions());
    }

    @Test
    void gitHubEnterprisesWebAddressIsCompletedToItsApiUnderApiV3() throws Exception {
        try (FakeGitHub ghe = new FakeGitHub("/api/v3", "acme", "gitops", CANARY)) {
            URI webAddress = URI.create(ghe.server.base());
            Forge enterprise = Forges.open(settings(webAddress), http);
            enterprise.create(draft(BRANCH, "v1.15.3"));
            assertTrue(enterprise.find(BRANCH).openPullRequest().isPresent());
            assertFalse(ghe.server.calls().isEmpty());
            assertTrue(ghe.server.calls().stream().allMatch(c -> c.path().startsWith("/api/v3/")));
        }
    }
}
