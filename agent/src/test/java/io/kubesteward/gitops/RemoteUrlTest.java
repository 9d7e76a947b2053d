package io.kubesteward.gitops;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.gitops.jgit.JGitWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remotes Steward will not use are refused before any connection, and without echoing secrets. */
class RemoteUrlTest {
    @TempDir
    Path tmp;

    private WorkspaceFailure refusal(String url, GitCredentials credentials) {
        WorkspaceSettings settings = Workspaces.settings(url, tmp.resolve("work")).withCredentials(credentials);
        WorkspaceFailure e = assertThrows(WorkspaceFailure.class, () -> JGitWorkspace.open(settings, java.time.Clock.systemUTC()));
        assertFalse(Files.exists(tmp.resolve("work")), "refused before creating anything");
        return e;
    }

    @Test
    void anSshRemoteNeedsAKeyAndSaysWhich() {
        for (String url : new String[] {"ssh://git@github.com/org/repo.git", "git@github.com:org/repo.git"}) {
            WorkspaceFailure e = refusal(url, GitCredentials.none());
            assertTrue(e.getMessage().contains("no ssh key is configured"), e.getMessage());
            assertTrue(e.getMessage().contains("git.ssh.keyFile"), e.getMessage());
        }
    }

    @Test
    void anSshUrlWithAPasswordIsRefusedWithoutBeingShown() {
        WorkspaceSettings settings = Workspaces.settings("ssh://git:hunter2-canary@github.com/org/repo.git", tmp.resolve("work"))
                .withSsh(SshSettings.strict(tmp.resolve("id_ed25519"), null, tmp.resolve("known_hosts")));
        WorkspaceFailure e = assertThrows(WorkspaceFailure.class, () -> JGitWorkspace.open(settings, java.time.Clock.systemUTC()));
        assertTrue(e.getMessage().contains("carries a password"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2-canary"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("work")));
    }

    @CatalogueEntry(57)
    @Test
    void aTokenInTheUrlIsRefusedWithoutBeingShown() {
        WorkspaceFailure e = refusal("https://x-access-token:ghs_canary1234@github.com/org/repo.git", GitCredentials.none());
        assertFalse(e.getMessage().contains("ghs_canary1234"), e.getMessage());
        assertTrue(e.getMessage().contains("https://github.com/org/repo.git"), e.getMessage());
    }

    @Test
    void aTokenIsNeverSentOverPlainHttpToAnotherHost() {
        WorkspaceFailure e = refusal("http://git.example.com/org/repo.git", GitCredentials.token(null, "tok-abc"));
        assertTrue(e.getMessage().contains("unencrypted"), e.getMessage());
    }

    @Test
    void otherSchemesAndRelativePathsAreRefused() {
        assertTrue(refusal("git://github.com/org/repo.git", GitCredentials.none()).getMessage().contains("https, ssh, file:// and local paths"));
        assertTrue(refusal("relative/repo.git", GitCredentials.none()).getMessage().contains("absolute path"));
    }
}
