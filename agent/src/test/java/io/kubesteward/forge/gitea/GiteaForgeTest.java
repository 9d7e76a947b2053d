package io.kubesteward.forge.gitea;

import static io.kubesteward.forge.fake.ForgeTests.BRANCH;
import static io.kubesteward.forge.fake.ForgeTests.CANARY;
import static io.kubesteward.forge.fake.ForgeTests.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Pull requests on a fake Gitea that speaks Gitea's REST shapes. */
class GiteaForgeTest {
    private final FakeGitea gitea = new FakeGitea("octo", "gitops", CANARY);
    private final HttpCaller http = ForgeTests.http();
    private final Forge forge = Forges.open(settings("octo/gitops", CANARY), http);

    @AfterEach
    void stop() {
        http.close();
        gitea.close();
    }

    private ForgeSettings settings(String repo, String token) {
        return ForgeSettings.of(ForgeKind.GITEA, URI.create(gitea.server.base()), repo, ForgeToken.of(token))
                .withWriteInterval(Duration.ZERO);
    }

    @Test
    void aBlockedUpgradeIsMarkedByTheTitlePrefixAndLosesItWhenNoLongerBlocked() throws Exception {
        Published created = forge.create(io.kubesteward.forge.fake.ForgeTests.blockedDraft(BRANCH, "v1.15.3"));
        assertEquals("WIP: Update cert-manager to v1.15.3", created.pullRequest().title());
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
        PullRequest pr = forge.find(BRANCH).openPullRequest().orElseThrow();
        assertEquals(created.pullRequest().number(), pr.number());
        assertEquals("https://gitea.example.com/octo/gitops/pulls/" + pr.number(), pr.url());
        assertEquals(List.of("bob"), List.of(gitea.json(pr.number()).get("assignees").get(0).get("login").asText()));

        assertEquals(Published.Change.UNCHANGED, forge.update(pr, draft(BRANCH, "v1.15.3")).change());
        Published again = forge.create(draft(BRANCH, "v1.16.0"));
        assertEquals(Published.Change.UPDATED, again.change(), "409 'already exists' finds and updates the open one");
        assertEquals(1, gitea.openCount(BRANCH));
        assertEquals("token " + CANARY, gitea.server.calls().get(0).header("Authorization"));
    }

    @Test
    void labelsAreAddedByIdCreatingThoseTheRepositoryLacksOnce() throws Exception {
        PullRequestDraft d = new PullRequestDraft("t", "b", BRANCH, "main", List.of("dependencies", "steward"), List.of(), List.of());
        forge.create(d);
        forge.create(new PullRequestDraft("t", "b", "steward/helm/other", "main", List.of("steward"), List.of(), List.of()));

        List<Call> created = gitea.server.calls("POST", ".*/repos/octo/gitops/labels");
        assertEquals(1, created.size(), "a missing label is created once");
        assertEquals("steward", created.get(0).json().get("name").asText());
        assertEquals("#ededed", created.get(0).json().get("color").asText());
        Call added = gitea.server.calls("POST", ".*/issues/\\d+/labels").get(0);
        assertEquals("[7,102]", added.json().get("labels").toString(), "Dependencies matched by name, whatever the case");
        assertEquals(1, gitea.server.calls("GET", ".*/labels").size(), "the labels are listed once per run");
        assertEquals(List.of("Dependencies", "steward"), forge.find(BRANCH).openPullRequest().orElseThrow().labels());
    }

    @Test
    void filtersTheHeadBranchItselfAndIgnoresForks() throws Exception {
        gitea.seed("open", "steward/helm/other", "b", false, 7);
        gitea.seed("open", BRANCH, "b", false, 99);
        assertTrue(forge.find(BRANCH).openPullRequest().isEmpty());
        long mine = gitea.seed("open", BRANCH, "b", false, 7);
        assertEquals(mine, forge.find(BRANCH).openPullRequest().orElseThrow().number());
    }

    @Test
    void pagesByLinkAndWithoutItByFullPages() throws Exception {
        for (int i = 0; i < 70; i++) {
            gitea.seed("open", "steward/helm/c" + i, "b", false, 7);
        }
        assertEquals(70, forge.openPullRequests("steward/").size());
        assertEquals(2, gitea.server.calls("GET", ".*/pulls").size());
        gitea.sendLink = false;
        assertEquals(70, forge.openPullRequests("steward/").size());
        List<Call> pages = gitea.server.calls("GET", ".*/pulls");
        assertEquals(4, pages.size());
        assertEquals("2", pages.get(3).query().get("page"));
        assertEquals("50", pages.get(3).query().get("limit"));
    }

    @Test
    void aClosedUnmergedPullRequestWithMetadataIsRecognisedAndStewardsOwnCloseIsNot() throws Exception {
        long declined = gitea.seed("closed", BRANCH, ForgeTests.body(BRANCH, "v1.15.0"), false, 7);
        gitea.seed("closed", BRANCH, ForgeTests.body(BRANCH, "v1.16.0"), true, 7);
        assertEquals(declined, forge.find(BRANCH).closedUnmergedPullRequest().orElseThrow().number());

        PullRequest old = forge.create(draft("steward/helm/other", "v1")).pullRequest();
        PullRequest newer = forge.create(draft("steward/helm/other-2.x", "v2")).pullRequest();
        forge.closeSuperseded(old, newer);
        assertTrue(gitea.comments().get(0).contains("Superseded by #" + newer.number()));
        assertEquals("closed", gitea.json(old.number()).get("state").asText());
        assertTrue(forge.find("steward/helm/other").closedUnmergedPullRequest().isEmpty());
    }

    @Test
    void refusalsAreExplainedWithoutTheToken() {
        List<ForgeFailure> failures = new ArrayList<>();
        ForgeFailure unauthorized = assertThrows(ForgeFailure.class,
                () -> Forges.open(settings("octo/gitops", "wrong-" + CANARY), http).find(BRANCH));
        assertEquals(ForgeFailure.Kind.UNAUTHORIZED, unauthorized.kind());
        failures.add(unauthorized);

        gitea.server.script("POST", ".*/pulls", Answer.resource(403, "gitea/error-403-scope.json"));
        ForgeFailure forbidden = assertThrows(ForgeFailure.class, () -> forge.create(draft(BRANCH, "v1")));
        assertTrue(forbidden.why().startsWith("the token lacks a permission: it needs the write:repository scope"), forbidden.why());
        failures.add(forbidden);

        ForgeFailure notFound = assertThrows(ForgeFailure.class, () -> Forges.open(settings("octo/nope", CANARY), http).find(BRANCH));
        assertEquals(ForgeFailure.Kind.NOT_FOUND, notFound.kind());
        failures.add(notFound);

        ForgeFailure empty = assertThrows(ForgeFailure.class, () -> forge.create(draft("empty/branch", "v1")));
        assertEquals(ForgeFailure.Kind.REJECTED, empty.kind());
        assertTrue(empty.why().startsWith("the branch has no commits that the base branch lacks"), empty.why());
        failures.add(empty);

        failures.forEach(f -> assertFalse(ForgeTests.everything(f).contains(CANARY)));
    }
}
