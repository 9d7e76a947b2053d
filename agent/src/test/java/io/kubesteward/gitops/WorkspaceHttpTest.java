package io.kubesteward.gitops;

import static io.kubesteward.gitops.Workspaces.SEED;
import static io.kubesteward.gitops.Workspaces.bump;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.gitops.jgit.JGitWorkspace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jgit.transport.PreReceiveHook;
import org.eclipse.jgit.transport.ReceiveCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same workspace over smart HTTP with basic auth, as against a forge. */
class WorkspaceHttpTest {
    private static final String TOKEN = "s3cr3t-right-token";
    private static final String CANARY = "canary-9f2c41d7-wrong-token";

    @TempDir
    Path tmp;
    BareRemote remote;
    GitHttpServer server;
    final AtomicReference<PreReceiveHook> hook = new AtomicReference<>(PreReceiveHook.NULL);
    int runs;

    @BeforeEach
    void start() throws Exception {
        remote = BareRemote.create(tmp.resolve("repos/remote.git"), SEED);
        server = GitHttpServer.start(tmp.resolve("repos"), GitCredentials.DEFAULT_USERNAME, TOKEN,
                (receive, commands) -> hook.get().onPreReceive(receive, commands));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        remote.close();
    }

    private WorkspaceSettings settings(String token) {
        return Workspaces.settings(server.url("remote.git"), tmp.resolve("run" + runs++))
                .withCredentials(GitCredentials.token(null, token));
    }

    private PushOutcome propose(String branch, String version) throws WorkspaceFailure {
        try (JGitWorkspace ws = JGitWorkspace.open(settings(TOKEN), Workspaces.CLOCK)) {
            return ws.push(ws.branchFromBase(branch, bump(version), "Update podinfo to " + version));
        }
    }

    @Test
    void clonesAndPushesWithTheToken() throws Exception {
        PushOutcome outcome = propose("steward/helm/podinfo", "6.1.0");
        assertEquals(PushStatus.OK, outcome.status(), outcome.message());
        assertEquals("chart: podinfo\nversion: 6.1.0\n", remote.read("steward/helm/podinfo", Workspaces.RELEASE));
    }

    @Test
    void replacesItsOwnBranchWithALeaseOverHttp() throws Exception {
        propose("steward/helm/podinfo", "6.1.0");
        PushOutcome outcome = propose("steward/helm/podinfo", "6.2.0");
        assertEquals(PushStatus.OK, outcome.status(), outcome.message());
        assertEquals(PushStatus.UP_TO_DATE, propose("steward/helm/podinfo", "6.2.0").status());
    }

    @CatalogueEntry(57)
    @Test
    void aWrongTokenFailsWithoutShowingTheToken() {
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        WorkspaceSettings settings = settings(CANARY);
        WorkspaceFailure e;
        try {
            e = assertThrows(WorkspaceFailure.class, () -> JGitWorkspace.open(settings, java.time.Clock.systemUTC()));
        } finally {
            System.setErr(original);
        }
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String everything = e.getMessage() + trace + stderr.toString(StandardCharsets.UTF_8) + settings;
        assertFalse(everything.contains(CANARY), everything);
        assertFalse(everything.contains(Base64.getEncoder().encodeToString(("x-access-token:" + CANARY).getBytes(StandardCharsets.UTF_8))));
        assertNull(e.getCause(), "no library exception rides along");
        assertTrue(e.getMessage().contains("not authorized"), e.getMessage());
        assertTrue(e.getMessage().contains("Check that the token"), e.getMessage());
        assertTrue(server.refusedRequests() > 0);
    }

    @CatalogueEntry(56)
    @Test
    void aRefRejectedByTheServerIsAnOutcomeNotAnException() throws Exception {
        hook.set((receive, commands) -> {
            for (ReceiveCommand command : commands) {
                if (command.getRefName().equals("refs/heads/steward/protected")) {
                    command.setResult(ReceiveCommand.Result.REJECTED_OTHER_REASON, "branch is protected by policy");
                }
            }
        });
        PushOutcome outcome = propose("steward/protected", "6.1.0");
        assertEquals(PushStatus.REJECTED_OTHER_REASON, outcome.status());
        assertTrue(outcome.message().contains("branch is protected by policy"), outcome.message());
        assertNull(remote.head("steward/protected"));
        assertNotNull(remote.head("main"));
    }
}
