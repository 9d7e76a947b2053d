package io.kubesteward.gitops;

import static io.kubesteward.gitops.Workspaces.SEED;
import static io.kubesteward.gitops.Workspaces.bump;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.gitops.jgit.JGitWorkspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.util.FileUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every run starts from a fresh work directory here, as a stateless CronJob does. */
class WorkspacePushTest {
    private static final String BRANCH = "steward/helm/podinfo";
    private static final PersonIdent STEWARD_ELSEWHERE = new PersonIdent("Steward", "steward@kubesteward.io",
            Instant.parse("2025-05-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;
    BareRemote remote;
    int runs;

    @BeforeEach
    void seed() throws Exception {
        remote = BareRemote.create(tmp.resolve("remote.git"), SEED);
    }

    @AfterEach
    void closeRemote() {
        remote.close();
    }

    /** A fresh run, an hour after the last: same content must not mean a new commit. */
    private JGitWorkspace run() throws WorkspaceFailure {
        Clock later = Clock.offset(Workspaces.CLOCK, Duration.ofHours(runs));
        return JGitWorkspace.open(Workspaces.settings(remote.url(), tmp.resolve("run" + runs++)), later);
    }

    private PushOutcome proposeIn(JGitWorkspace ws, String version) throws WorkspaceFailure {
        return ws.push(ws.branchFromBase(BRANCH, bump(version), "Update podinfo to " + version));
    }

    private PushOutcome propose(String version) throws WorkspaceFailure {
        try (JGitWorkspace ws = run()) {
            return proposeIn(ws, version);
        }
    }

    @Test
    void aNewBranchIsPushedAndListed() throws Exception {
        PushOutcome outcome = propose("6.1.0");
        assertEquals(PushStatus.OK, outcome.status(), outcome.message());
        assertEquals(remote.head(BRANCH).name(), outcome.remoteCommitId());
        try (JGitWorkspace ws = run()) {
            assertEquals(List.of(new RemoteBranch(BRANCH, remote.head(BRANCH).name())), ws.stewardBranches());
        }
    }

    @CatalogueEntry(44)
    @Test
    void theSameChangeOnTheSameBaseIsNotPushedAgain() throws Exception {
        propose("6.1.0");
        ObjectId first = remote.head(BRANCH);
        PushOutcome again = propose("6.1.0");
        assertEquals(PushStatus.UP_TO_DATE, again.status(), again.message());
        assertEquals(first, remote.head(BRANCH), "no churn: the commit from the first run stays");
    }

    @Test
    void whenTheBaseMovesTheBranchIsReplacedWithALease() throws Exception {
        propose("6.1.0");
        ObjectId newBase = remote.commit("main", null, BareRemote.JANE, Map.of("README.md", "moved\n"), "Base moves");
        PushOutcome outcome = propose("6.1.0");
        assertEquals(PushStatus.OK, outcome.status(), outcome.message());
        assertTrue(outcome.message().startsWith("replaced " + BRANCH), outcome.message());
        RevCommit head = remote.commit(BRANCH);
        assertEquals(newBase, head.getParent(0), "rebuilt on the new base, as one commit");
        assertEquals("moved\n", remote.read(BRANCH, "README.md"));
    }

    @Test
    void aNewerVersionReplacesStewardsOwnCommit() throws Exception {
        propose("6.1.0");
        PushOutcome outcome = propose("6.2.0");
        assertEquals(PushStatus.OK, outcome.status(), outcome.message());
        assertEquals("chart: podinfo\nversion: 6.2.0\n", remote.read(BRANCH, Workspaces.RELEASE));
    }

    @CatalogueEntry(44)
    @Test
    void theLeaseFailsWhenTheBranchMovedAfterTheFetch() throws Exception {
        propose("6.1.0");
        try (JGitWorkspace ws = run()) {
            PreparedBranch prepared = ws.branchFromBase(BRANCH, bump("6.2.0"), "Update podinfo to 6.2.0");
            ObjectId concurrent = remote.commit(BRANCH, null, STEWARD_ELSEWHERE, Map.of("x.yaml", "a: 1\n"), "another run");
            PushOutcome outcome = ws.push(prepared);
            assertEquals(PushStatus.REJECTED_REMOTE_CHANGED, outcome.status(), outcome.message());
            assertEquals(concurrent, remote.head(BRANCH), "nothing overwritten");
        }
    }

    @Test
    void aBranchThatAppearedAfterTheFetchIsNotOverwritten() throws Exception {
        try (JGitWorkspace ws = run()) {
            PreparedBranch prepared = ws.branchFromBase(BRANCH, bump("6.1.0"), "Update podinfo to 6.1.0");
            ObjectId theirs = remote.commit(BRANCH, "main", BareRemote.JANE, Map.of("x.yaml", "a: 1\n"), "Jane got there first");
            PushOutcome outcome = ws.push(prepared);
            assertEquals(PushStatus.REJECTED_NONFASTFORWARD, outcome.status(), outcome.message());
            assertEquals(theirs, remote.head(BRANCH));
        }
    }

    @CatalogueEntry(41)
    @Test
    void aPersonsCommitOnTheBranchIsLeftAlone() throws Exception {
        propose("6.1.0");
        ObjectId janes = remote.commit(BRANCH, null, BareRemote.JANE, Map.of("x.yaml", "fix: true\n"), "Fix values too");
        try (JGitWorkspace ws = run()) {
            PushOutcome outcome = proposeIn(ws, "6.2.0");
            assertEquals(PushStatus.NOT_STEWARDS, outcome.status());
            assertTrue(outcome.message().contains("Jane Doe <jane@example.com>"), outcome.message());
            assertEquals(PushStatus.NOT_STEWARDS, ws.deleteRemoteBranch(BRANCH).status());
        }
        assertEquals(janes, remote.head(BRANCH));
    }

    @CatalogueEntry(41)
    @Test
    void aPersonsAmendOfStewardsCommitIsLeftAlone() throws Exception {
        propose("6.1.0");
        RevCommit stewards = remote.commit(BRANCH);
        // an amend keeps Steward as the author but makes the person the committer
        ObjectId amended = remote.write(BRANCH, stewards.getParent(0), stewards.getAuthorIdent(), BareRemote.JANE,
                Map.of(Workspaces.RELEASE, "chart: podinfo\nversion: 6.1.1\n"), stewards.getFullMessage());
        PushOutcome outcome = propose("6.2.0");
        assertEquals(PushStatus.NOT_STEWARDS, outcome.status(), outcome.message());
        assertEquals(amended, remote.head(BRANCH));
    }

    @CatalogueEntry({55, 56})
    @Test
    void refusesTheBaseBranchAndBranchesOutsideThePrefixBeforeAnyNetworkCall() throws Exception {
        try (JGitWorkspace ws = run()) {
            PreparedBranch prepared = ws.branchFromBase(BRANCH, bump("6.1.0"), "Update");
            FileUtils.delete(remote.dir().toFile(), FileUtils.RECURSIVE);
            for (String name : List.of("main", "feature/login", "steward/", "steward/../main", "stewardship/x")) {
                PreparedBranch target = new PreparedBranch(name, prepared.commitId(), prepared.treeId(), prepared.baseCommitId(), List.of());
                WorkspaceFailure e = assertThrows(WorkspaceFailure.class, () -> ws.push(target), name);
                assertTrue(e.getMessage().startsWith("refusing"), e.getMessage());
                assertThrows(WorkspaceFailure.class, () -> ws.deleteRemoteBranch(name), name);
                assertThrows(WorkspaceFailure.class, () -> ws.branchFromBase(name, bump("6.1.0"), "x"), name);
            }
        }
    }

    @Test
    void deletesASupersededBranch() throws Exception {
        propose("6.1.0");
        try (JGitWorkspace ws = run()) {
            PushOutcome outcome = ws.deleteRemoteBranch(BRANCH);
            assertEquals(PushStatus.OK, outcome.status(), outcome.message());
            assertNull(outcome.remoteCommitId());
            assertEquals(List.of(), ws.stewardBranches());
            assertEquals(PushStatus.UP_TO_DATE, ws.deleteRemoteBranch(BRANCH).status());
        }
        assertNull(remote.head(BRANCH));
    }
}
