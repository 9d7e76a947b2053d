package io.kubesteward.gitops;

import static io.kubesteward.gitops.Workspaces.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.gitops.jgit.RemoteProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.transport.PreReceiveHook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --reachable} over smart HTTP with basic auth: the base branch is found, a wrong token or branch is said in words. */
class RemoteProbeTest {
    private static final String TOKEN = "s3cr3t-right-token";
    private static final String CANARY = "canary-5e1b07aa-wrong-token";

    @TempDir
    Path tmp;
    BareRemote remote;
    GitHttpServer server;

    @BeforeEach
    void start() throws Exception {
        remote = BareRemote.create(tmp.resolve("repos/remote.git"), SEED);
        server = GitHttpServer.start(tmp.resolve("repos"), GitCredentials.DEFAULT_USERNAME, TOKEN, PreReceiveHook.NULL);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        remote.close();
    }

    private WorkspaceSettings settings(String token, String base) {
        WorkspaceSettings s = Workspaces.settings(server.url("remote.git"), tmp.resolve("unused"));
        return new WorkspaceSettings(s.remoteUrl(), base, s.workDir(), null, s.author(), s.committer(), false,
                GitCredentials.token(null, token), s.timeout());
    }

    @Test
    void theBaseBranchIsFoundWithTheRunsTokenAndNothingIsCloned() throws Exception {
        String found = RemoteProbe.baseBranch(settings(TOKEN, "main"));
        assertTrue(found.matches("main at [0-9a-f]{7}"), found);
        assertFalse(Files.exists(tmp.resolve("unused")), "no clone, no work directory");
    }

    @Test
    void aWrongTokenIsSaidInWordsWithoutTheToken() {
        WorkspaceFailure e = assertThrows(WorkspaceFailure.class, () -> RemoteProbe.baseBranch(settings(CANARY, "main")));
        assertTrue(e.getMessage().startsWith("cannot reach " + server.url("remote.git")), e.getMessage());
        assertTrue(e.getMessage().contains("not authorized"), e.getMessage());
        assertFalse(e.getMessage().contains(CANARY), e.getMessage());
    }

    @Test
    void aBaseBranchTheRemoteDoesNotHaveIsNamed() {
        WorkspaceFailure e = assertThrows(WorkspaceFailure.class, () -> RemoteProbe.baseBranch(settings(TOKEN, "trunk")));
        assertTrue(e.getMessage().endsWith("has no branch 'trunk' (1 other branch(es)); set git.baseBranch"), e.getMessage());
    }

    @Test
    void tagsAreListedByNameWithoutPeeledEntries() throws Exception {
        remote.tag("v0.1.13", "main", true);
        remote.tag("v0.2.0", "main", false);
        assertEquals(java.util.Set.of("v0.1.13", "v0.2.0"), java.util.Set.copyOf(RemoteProbe.tags(settings(TOKEN, "main"))));
    }

    @Test
    void tagsWithAWrongTokenAreSaidInWordsWithoutTheToken() throws Exception {
        remote.tag("v0.1.13", "main", true);
        WorkspaceFailure e = assertThrows(WorkspaceFailure.class, () -> RemoteProbe.tags(settings(CANARY, "main")));
        assertTrue(e.getMessage().contains("not authorized"), e.getMessage());
        assertFalse(e.getMessage().contains(CANARY), e.getMessage());
    }
}
