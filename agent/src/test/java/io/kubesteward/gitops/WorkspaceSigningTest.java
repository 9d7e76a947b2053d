package io.kubesteward.gitops;

import static io.kubesteward.gitops.Workspaces.SEED;
import static io.kubesteward.gitops.Workspaces.bump;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.gitops.jgit.JGitWorkspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SSH-signed commits, checked by the real {@code git verify-commit} (which runs {@code ssh-keygen -Y verify}). */
class WorkspaceSigningTest {
    private static final String BRANCH = "steward/helm/podinfo";
    private static final String PASSPHRASE = "canary-77d1e0-signing";

    @TempDir
    static Path keys;
    static Path ed25519;
    static Path rsaWithPassphrase;

    @TempDir
    Path tmp;
    BareRemote remote;

    @BeforeAll
    static void makeKeys() throws Exception {
        ed25519 = SshKeyFiles.generate(keys.resolve("signing_ed25519"), "ed25519", null);
        rsaWithPassphrase = SshKeyFiles.generate(keys.resolve("signing_rsa"), "rsa", PASSPHRASE);
    }

    @BeforeEach
    void seed() throws Exception {
        remote = BareRemote.create(tmp.resolve("remote.git"), SEED);
    }

    @AfterEach
    void closeRemote() {
        remote.close();
    }

    private String pushSigned(SshSigning signing) throws Exception {
        WorkspaceSettings settings = Workspaces.settings(remote.url(), tmp.resolve("work")).withSigning(signing);
        try (JGitWorkspace ws = JGitWorkspace.open(settings, Workspaces.CLOCK)) {
            PushOutcome outcome = ws.push(ws.branchFromBase(BRANCH, bump("6.1.0"), "Update podinfo to 6.1.0"));
            assertEquals(PushStatus.OK, outcome.status(), outcome.message());
            return outcome.remoteCommitId();
        }
    }

    @Test
    void anEd25519SignatureVerifiesWithGit() throws Exception {
        String id = pushSigned(new SshSigning(ed25519, null));
        RevCommit commit = remote.commit(BRANCH);
        assertTrue(new String(commit.getRawGpgSignature(), StandardCharsets.US_ASCII).startsWith("-----BEGIN SSH SIGNATURE-----"));
        String fingerprint = KeyUtils.getFingerPrint(SshKeyFiles.publicKey(ed25519));

        Result good = verify(id, ed25519);
        assertEquals(0, good.exit(), good.output());
        assertTrue(good.output().contains("Good \"git\" signature for bot@kubesteward.io with ED25519 key " + fingerprint),
                good.output());

        Result otherKey = verify(id, rsaWithPassphrase);
        assertNotEquals(0, otherKey.exit(), "a signature by another key does not verify: " + otherKey.output());
    }

    @Test
    void anRsaKeyWithAPassphraseSigns() throws Exception {
        String id = pushSigned(new SshSigning(rsaWithPassphrase, PASSPHRASE));
        Result good = verify(id, rsaWithPassphrase);
        assertEquals(0, good.exit(), good.output());
        assertTrue(good.output().contains("Good \"git\" signature for bot@kubesteward.io with RSA key"), good.output());
    }

    @Test
    void aSignedCommitIsStillRecognisedAsTheSameChange() throws Exception {
        pushSigned(new SshSigning(ed25519, null));
        WorkspaceSettings settings = Workspaces.settings(remote.url(), tmp.resolve("again")).withSigning(new SshSigning(ed25519, null));
        try (JGitWorkspace ws = JGitWorkspace.open(settings, Workspaces.CLOCK)) {
            assertEquals(PushStatus.UP_TO_DATE, ws.push(ws.branchFromBase(BRANCH, bump("6.1.0"), "Update podinfo to 6.1.0")).status());
        }
    }

    @Test
    void anUnusableSigningKeyFailsBeforeTheClone() {
        for (SshSigning signing : List.of(new SshSigning(tmp.resolve("missing"), null), new SshSigning(rsaWithPassphrase, null),
                new SshSigning(rsaWithPassphrase, "wrong-" + PASSPHRASE))) {
            WorkspaceSettings settings = Workspaces.settings(remote.url(), tmp.resolve("work")).withSigning(signing);
            WorkspaceFailure e = assertThrows(WorkspaceFailure.class, () -> JGitWorkspace.open(settings, java.time.Clock.systemUTC()));
            assertTrue(e.getMessage().startsWith("the signing key file "), e.getMessage());
            assertFalse(e.getMessage().contains(PASSPHRASE), e.getMessage());
            assertFalse(settings.toString().contains(PASSPHRASE), settings.toString());
            assertFalse(Files.exists(tmp.resolve("work")), "refused before cloning");
        }
    }

    private record Result(int exit, String output) {
    }

    /** {@code git verify-commit} in the bare remote, trusting only {@code signer} for the committer's email. */
    private Result verify(String commitId, Path signer) throws Exception {
        Path allowed = tmp.resolve("allowed_signers");
        Files.writeString(allowed, "bot@kubesteward.io namespaces=\"git\" " + SshKeyFiles.publicLine(signer) + "\n");
        List<String> command = new ArrayList<>(List.of("git", "-c", "gpg.ssh.allowedSignersFile=" + allowed, "verify-commit",
                commitId));
        Process process = new ProcessBuilder(command).directory(remote.dir().toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("git verify-commit did not finish");
        }
        return new Result(process.exitValue(), output);
    }
}
