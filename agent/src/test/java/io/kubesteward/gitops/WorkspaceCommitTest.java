package io.kubesteward.gitops;

import static io.kubesteward.gitops.Workspaces.RELEASE;
import static io.kubesteward.gitops.Workspaces.SEED;
import static io.kubesteward.gitops.Workspaces.bump;
import static io.kubesteward.gitops.Workspaces.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.gitops.jgit.JGitWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceCommitTest {
    @TempDir
    Path tmp;
    BareRemote remote;

    @BeforeEach
    void seed() throws Exception {
        remote = BareRemote.create(tmp.resolve("remote.git"), SEED);
        remote.commit("main", null, BareRemote.JANE, Map.of("README.md", "GitOps, second\n"), "Second");
    }

    @AfterEach
    void closeRemote() {
        remote.close();
    }

    @Test
    void clonesTheBaseShallowAndShowsItInTheWorkingTree() throws Exception {
        try (JGitWorkspace ws = open(remote.url(), tmp.resolve("work"))) {
            assertEquals(remote.head("main").name(), ws.baseCommit());
            assertEquals("GitOps, second\n", Files.readString(ws.root().resolve("README.md")));
            assertEquals(List.of(remote.head("main").name()), Files.readAllLines(ws.root().resolve(".git/shallow")),
                    "depth 1: the base head is the only commit fetched");
        }
    }

    @Test
    void commitsOnTheBaseWithStewardsIdentitiesAndSignOff() throws Exception {
        try (JGitWorkspace ws = open(remote.url(), tmp.resolve("work"))) {
            PreparedBranch branch = ws.branchFromBase("steward/helm/podinfo", List.of(
                    new FileContent(RELEASE, "chart: podinfo\nversion: 6.1.0\n"),
                    new FileContent("apps/new/dir/values.yaml", "replicas: 2\n"),
                    new FileContent("README.md", "GitOps, second\n")), "Update podinfo to 6.1.0\n\nBody.");
            assertEquals(List.of("apps/new/dir/values.yaml", RELEASE), branch.changedPaths(), "README.md did not change");
            assertEquals(ws.baseCommit(), branch.baseCommitId());
            assertEquals(PushStatus.OK, ws.push(branch).status());
        }
        RevCommit pushed = remote.commit("steward/helm/podinfo");
        assertEquals(remote.head("main"), pushed.getParent(0));
        assertEquals("Steward <steward@kubesteward.io>", pushed.getAuthorIdent().getName() + " <" + pushed.getAuthorIdent().getEmailAddress() + ">");
        assertEquals("bot@kubesteward.io", pushed.getCommitterIdent().getEmailAddress());
        assertEquals("Update podinfo to 6.1.0\n\nBody.\n\nSigned-off-by: steward-bot <bot@kubesteward.io>\n", pushed.getFullMessage());
        assertNull(pushed.getRawGpgSignature(), "unsigned unless signing is configured");
        assertEquals("replicas: 2\n", remote.read("steward/helm/podinfo", "apps/new/dir/values.yaml"));
        assertEquals("chart: podinfo\nversion: 6.1.0\n", remote.read("steward/helm/podinfo", RELEASE));
        assertEquals("chart: podinfo\nversion: 6.0.0\n", remote.read("main", RELEASE), "the base is untouched");
    }

    @Test
    void a_binary_file_is_written_byte_for_byte_and_a_removal_takes_the_file_out() throws Exception {
        byte[] archive = {0x1f, (byte) 0x8b, 0x00, (byte) 0xff, '\r', '\n', 0x00};
        try (JGitWorkspace ws = open(remote.url(), tmp.resolve("work"))) {
            PreparedBranch branch = ws.branchFromBase("steward/chart/web", List.of(FileContent.removal("README.md"),
                    FileContent.binary("charts/web-1.1.0.tgz", archive), FileContent.removal("charts/never-there.tgz")), "Swap");
            assertEquals(List.of("README.md", "charts/web-1.1.0.tgz"), branch.changedPaths(), "removing an absent file changes nothing");
            assertEquals(PushStatus.OK, ws.push(branch).status());
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(archive, remote.bytes("steward/chart/web", "charts/web-1.1.0.tgz"));
        assertNull(remote.read("steward/chart/web", "README.md"));
        assertEquals("GitOps, second\n", remote.read("main", "README.md"));
    }

    @Test
    void theWorkingTreeKeepsShowingTheBaseAfterCommits() throws Exception {
        try (JGitWorkspace ws = open(remote.url(), tmp.resolve("work"))) {
            ws.branchFromBase("steward/a", bump("6.1.0"), "a");
            PreparedBranch second = ws.branchFromBase("steward/b", List.of(new FileContent("README.md", "b\n")), "b");
            assertEquals("chart: podinfo\nversion: 6.0.0\n", Files.readString(ws.root().resolve(RELEASE)));
            assertEquals(List.of("README.md"), second.changedPaths(), "proposals do not see each other's edits");
        }
    }

    @Test
    void aSecondRunReusesTheCloneAndFetchesTheNewBase() throws Exception {
        Path work = tmp.resolve("work");
        try (JGitWorkspace ws = open(remote.url(), work)) {
            Files.writeString(ws.root().resolve("stray.txt"), "left by a crash");
            Files.writeString(ws.root().resolve("README.md"), "half-written");
        }
        remote.commit("main", null, BareRemote.JANE, Map.of("README.md", "GitOps, third\n"), "Third");
        try (JGitWorkspace ws = open(remote.url(), work)) {
            assertEquals(remote.head("main").name(), ws.baseCommit());
            assertEquals("GitOps, third\n", Files.readString(work.resolve("README.md")));
            assertFalse(Files.exists(work.resolve("stray.txt")), "the working tree is exactly the base again");
        }
    }

    @Test
    void aCloneOfAnotherRemoteIsReplaced() throws Exception {
        Path work = tmp.resolve("work");
        open(remote.url(), work).close();
        try (BareRemote other = BareRemote.create(tmp.resolve("other.git"), Map.of("other.yaml", "x: 1\n"));
             JGitWorkspace ws = open(other.url(), work)) {
            assertEquals(other.head("main").name(), ws.baseCommit());
            assertTrue(Files.exists(work.resolve("other.yaml")));
            assertFalse(Files.exists(work.resolve("README.md")));
        }
    }

    @Test
    void refusesADirectoryThatIsNotStewards() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("someones-checkout"));
        Files.writeString(work.resolve("precious.txt"), "keep me");
        WorkspaceFailure e = assertThrows(WorkspaceFailure.class, () -> open(remote.url(), work));
        assertTrue(e.getMessage().contains("will not overwrite"), e.getMessage());
        assertEquals("keep me", Files.readString(work.resolve("precious.txt")));
    }

    @Test
    void refusesAChangeThatChangesNothing() throws Exception {
        try (JGitWorkspace ws = open(remote.url(), tmp.resolve("work"))) {
            WorkspaceFailure e = assertThrows(WorkspaceFailure.class,
                    () -> ws.branchFromBase("steward/noop", bump("6.0.0"), "noop"));
            assertTrue(e.getMessage().startsWith("nothing to commit for steward/noop"), e.getMessage());
        }
    }

    @CatalogueEntry({39, 58})
    @Test
    void refusesToWriteThroughAFile() throws Exception {
        try (JGitWorkspace ws = open(remote.url(), tmp.resolve("work"))) {
            WorkspaceFailure e = assertThrows(WorkspaceFailure.class,
                    () -> ws.branchFromBase("steward/x", List.of(new FileContent("README.md/inner.yaml", "a: 1\n")), "x"));
            assertTrue(e.getMessage().contains("would go under README.md"), e.getMessage());
            e = assertThrows(WorkspaceFailure.class,
                    () -> ws.branchFromBase("steward/x", List.of(new FileContent("apps", "a: 1\n")), "x"));
            assertTrue(e.getMessage().contains("apps is a directory"), e.getMessage());
        }
    }

    @CatalogueEntry(56)
    @Test
    void aMissingBaseBranchIsExplained() {
        WorkspaceSettings settings = new WorkspaceSettings(remote.url(), "trunk", tmp.resolve("work"), null,
                Workspaces.STEWARD, null, false, null, null);
        WorkspaceFailure e = assertThrows(WorkspaceFailure.class, () -> JGitWorkspace.open(settings, java.time.Clock.systemUTC()));
        assertTrue(e.getMessage().contains("trunk"), e.getMessage());
        assertTrue(e.getMessage().contains("base branch"), e.getMessage());
    }
}
