package io.kubesteward.gitops;

import static io.kubesteward.gitops.Workspaces.SEED;
import static io.kubesteward.gitops.Workspaces.bump;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.gitops.jgit.JGitWorkspace;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.util.FS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace over ssh, against sshd serving the bare remote, with keys made by ssh-keygen. */
class WorkspaceSshTest {
    private static final String BRANCH = "steward/helm/podinfo";
    private static final String PASSPHRASE = "canary-5be0c1-passphrase";

    @TempDir
    static Path keys;
    static Path ed25519;
    static Path rsaWithPassphrase;

    @TempDir
    Path tmp;
    BareRemote remote;
    GitSshServer server;
    Path knownHosts;
    int runs;

    @BeforeAll
    static void makeKeys() throws Exception {
        ed25519 = SshKeyFiles.generate(keys.resolve("id_ed25519"), "ed25519", null);
        rsaWithPassphrase = SshKeyFiles.generate(keys.resolve("id_rsa"), "rsa", PASSPHRASE);
    }

    @BeforeEach
    void start() throws Exception {
        remote = BareRemote.create(tmp.resolve("repos/remote.git"), SEED);
        server = GitSshServer.start(tmp.resolve("repos"), "git",
                List.of(SshKeyFiles.publicKey(ed25519), SshKeyFiles.publicKey(rsaWithPassphrase)));
        knownHosts = Files.writeString(tmp.resolve("known_hosts"), "# the git server\n" + server.knownHostsLine() + "\n");
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        remote.close();
    }

    private WorkspaceSettings settings(SshSettings ssh) {
        return Workspaces.settings(server.url("remote.git"), tmp.resolve("run" + runs++)).withSsh(ssh);
    }

    private PushOutcome propose(SshSettings ssh, String version) throws WorkspaceFailure {
        try (JGitWorkspace ws = JGitWorkspace.open(settings(ssh), Workspaces.CLOCK)) {
            return ws.push(ws.branchFromBase(BRANCH, bump(version), "Update podinfo to " + version));
        }
    }

    @Test
    void clonesPushesReplacesAndDeletesOverSsh() throws Exception {
        SshSettings ssh = SshSettings.strict(ed25519, null, knownHosts);
        PushOutcome pushed = propose(ssh, "6.1.0");
        assertEquals(PushStatus.OK, pushed.status(), pushed.message());
        assertEquals("chart: podinfo\nversion: 6.1.0\n", remote.read(BRANCH, Workspaces.RELEASE));

        PushOutcome replaced = propose(ssh, "6.2.0");
        assertEquals(PushStatus.OK, replaced.status(), replaced.message());
        assertTrue(replaced.message().startsWith("replaced " + BRANCH), replaced.message());
        try (JGitWorkspace ws = JGitWorkspace.open(settings(ssh), Workspaces.CLOCK)) {
            assertEquals(List.of(new RemoteBranch(BRANCH, remote.head(BRANCH).name())), ws.stewardBranches());
            assertEquals(PushStatus.OK, ws.deleteRemoteBranch(BRANCH).status());
        }
        assertNull(remote.head(BRANCH));
    }

    @Test
    void anRsaKeyWithAPassphraseLogsIn() throws Exception {
        PushOutcome outcome = propose(SshSettings.strict(rsaWithPassphrase, PASSPHRASE, knownHosts), "6.1.0");
        assertEquals(PushStatus.OK, outcome.status(), outcome.message());
    }

    @Test
    void aChangedHostKeyIsRefusedAndSaysWhatToDo() throws Exception {
        String impostor = PublicKeyEntry.toString(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic());
        Files.writeString(knownHosts, "[127.0.0.1]:" + server.port() + " " + impostor + "\n");
        WorkspaceFailure e = assertThrows(WorkspaceFailure.class,
                () -> JGitWorkspace.open(settings(SshSettings.strict(ed25519, null, knownHosts)), java.time.Clock.systemUTC()));
        String message = e.getMessage();
        assertTrue(message.contains("does not match the known_hosts file " + knownHosts), message);
        assertTrue(message.contains("the server offered ssh-ed25519 " + KeyUtils.getFingerPrint(server.hostKey())), message);
        assertTrue(message.contains("Steward did not connect"), message);
        assertTrue(message.contains("intercepting"), message);
        assertNull(e.getCause());
    }

    @Test
    void anUnknownHostIsRefusedUnlessFirstContactIsAllowed() throws Exception {
        Files.writeString(knownHosts, "[127.0.0.1]:1 " + PublicKeyEntry.toString(server.hostKey()) + "\n");
        WorkspaceFailure e = assertThrows(WorkspaceFailure.class,
                () -> JGitWorkspace.open(settings(SshSettings.strict(ed25519, null, knownHosts)), java.time.Clock.systemUTC()));
        assertTrue(e.getMessage().contains("is not in the known_hosts file"), e.getMessage());
        assertTrue(e.getMessage().contains("ssh-keyscan -p " + server.port() + " 127.0.0.1"), e.getMessage());

        PushOutcome first = propose(new SshSettings(ed25519, null, knownHosts, true), "6.1.0");
        assertEquals(PushStatus.OK, first.status(), first.message());
        assertTrue(Files.readAllLines(knownHosts).contains(server.knownHostsLine()), "the new host was recorded");
        PushOutcome strictAfterwards = propose(SshSettings.strict(ed25519, null, knownHosts), "6.2.0");
        assertEquals(PushStatus.OK, strictAfterwards.status(), strictAfterwards.message());
    }

    @Test
    void firstContactNeverAcceptsAChangedKey() throws Exception {
        String impostor = PublicKeyEntry.toString(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic());
        Files.writeString(knownHosts, "[127.0.0.1]:" + server.port() + " " + impostor + "\n");
        WorkspaceFailure e = assertThrows(WorkspaceFailure.class,
                () -> JGitWorkspace.open(settings(new SshSettings(ed25519, null, knownHosts, true)), java.time.Clock.systemUTC()));
        assertTrue(e.getMessage().contains("does not match"), e.getMessage());
        assertEquals(1, Files.readAllLines(knownHosts).size(), "nothing added");
    }

    @Test
    void aKeyTheServerDoesNotKnowIsRefusedInWords() throws Exception {
        server.authorize(List.of(SshKeyFiles.publicKey(rsaWithPassphrase)));
        ObjectId before = remote.head("main");
        WorkspaceFailure e = assertThrows(WorkspaceFailure.class,
                () -> JGitWorkspace.open(settings(SshSettings.strict(ed25519, null, knownHosts)), java.time.Clock.systemUTC()));
        String fingerprint = KeyUtils.getFingerPrint(SshKeyFiles.publicKey(ed25519));
        assertTrue(e.getMessage().contains("the server refused Steward's ssh key ssh-ed25519 " + fingerprint + " for user git"),
                e.getMessage());
        assertTrue(e.getMessage().contains("deploy key"), e.getMessage());
        assertFalse(leaksKeyMaterial(e, ed25519), e.getMessage());
        assertEquals(before, remote.head("main"));
    }

    @Test
    void keyFileProblemsAreExplainedBeforeAnyConnection() throws Exception {
        server.close();
        assertRefused(SshSettings.strict(tmp.resolve("missing"), null, knownHosts), "does not exist");
        assertRefused(SshSettings.strict(Path.of(ed25519 + ".pub"), null, knownHosts), "it is a public key");
        assertRefused(SshSettings.strict(rsaWithPassphrase, null, knownHosts), "is protected by a passphrase, and none was given");
        WorkspaceFailure wrong = assertRefused(SshSettings.strict(rsaWithPassphrase, "not-the-" + PASSPHRASE, knownHosts),
                "cannot be decrypted with the passphrase given");
        assertFalse(leaksKeyMaterial(wrong, rsaWithPassphrase), wrong.getMessage());
        assertRefused(SshSettings.strict(ed25519, null, tmp.resolve("no_known_hosts")), "known_hosts file");
    }

    @Test
    void aDevelopersSshSetupIsNotRead() throws Exception {
        Path home = tmp.resolve("home");
        Path dotSsh = Files.createDirectories(home.resolve(".ssh"));
        Files.writeString(dotSsh.resolve("config"), String.join("\n", "Host 127.0.0.1", "  Port 1", "  User nobody",
                "  StrictHostKeyChecking no", "  IdentityFile ~/.ssh/id_other", "  IdentityAgent /nowhere/agent.sock", ""));
        String impostor = PublicKeyEntry.toString(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic());
        Files.writeString(dotSsh.resolve("known_hosts"), "[127.0.0.1]:" + server.port() + " " + impostor + "\n");
        SshKeyFiles.generate(dotSsh.resolve("id_other"), "ed25519", null);
        List<String> before;
        try (Stream<Path> files = Files.walk(home)) {
            before = files.map(Path::toString).sorted().toList();
        }
        File previousHome = FS.DETECTED.userHome();
        String previousProperty = System.getProperty("user.home");
        FS.DETECTED.setUserHome(home.toFile());
        System.setProperty("user.home", home.toString());
        try {
            PushOutcome outcome = propose(SshSettings.strict(ed25519, null, knownHosts), "6.1.0");
            assertEquals(PushStatus.OK, outcome.status(), outcome.message());
        } finally {
            FS.DETECTED.setUserHome(previousHome);
            System.setProperty("user.home", previousProperty);
        }
        try (Stream<Path> files = Files.walk(home)) {
            assertEquals(before, files.map(Path::toString).sorted().toList(), "nothing written under HOME");
        }
    }

    private WorkspaceFailure assertRefused(SshSettings ssh, String expected) {
        WorkspaceSettings settings = settings(ssh);
        WorkspaceFailure e = assertThrows(WorkspaceFailure.class, () -> JGitWorkspace.open(settings, java.time.Clock.systemUTC()));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(Files.exists(settings.workDir()), "refused before creating the work directory");
        assertFalse((e.getMessage() + settings).contains(PASSPHRASE), e.getMessage());
        return e;
    }

    /** Whether the failure, its stack trace or its settings show the passphrase or any line of the private key file. */
    private static boolean leaksKeyMaterial(WorkspaceFailure e, Path keyFile) throws Exception {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String everything = e.getMessage() + trace;
        return everything.contains(PASSPHRASE) || everything.contains("PRIVATE KEY")
                || Files.readAllLines(keyFile).stream().filter(l -> l.length() > 20).anyMatch(everything::contains);
    }
}
