package io.kubesteward.gitops;

import static io.kubesteward.gitops.Workspaces.SEED;
import static io.kubesteward.gitops.Workspaces.bump;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.gitops.jgit.JGitWorkspace;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A developer's HOME must not change what Steward commits, nor receive anything from it. */
class GitIsolationTest {
    @TempDir
    Path tmp;

    @CatalogueEntry({45, 46})
    @Test
    void aDevelopersGlobalConfigAndHooksDoNotLeakIn() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path hooks = Files.createDirectories(home.resolve("hooks"));
        Path ran = home.resolve("hook-ran");
        for (String hook : List.of("pre-commit", "commit-msg", "post-commit", "pre-push")) {
            Path script = Files.writeString(hooks.resolve(hook), "#!/bin/sh\necho " + hook + " >> " + ran + "\nexit 1\n");
            assertTrue(script.toFile().setExecutable(true));
        }
        try (BareRemote remote = BareRemote.create(tmp.resolve("remote.git"), SEED)) {
            Files.writeString(home.resolve(".gitconfig"), String.join("\n",
                    "[user]", "  name = Dev", "  email = dev@example.com", "  signingkey = " + home.resolve("missing.pub"),
                    "[commit]", "  gpgsign = true", "[gpg]", "  format = ssh", "[core]", "  hooksPath = " + hooks,
                    "[url \"file:///nowhere/\"]", "  insteadOf = " + remote.url(), "  pushInsteadOf = " + remote.url(), ""));
            List<String> homeBefore = listing(home);

            File previousHome = FS.DETECTED.userHome();
            String previousProperty = System.getProperty("user.home");
            SystemReader previousReader = SystemReader.getInstance();
            FS.DETECTED.setUserHome(home.toFile());
            System.setProperty("user.home", home.toString());
            try {
                SystemReader.setInstance(freshStockReader());
                assertTrue(SystemReader.getInstance().getUserConfig().getBoolean("commit", "gpgsign", false),
                        "without isolation JGit picks this config up");
                try (JGitWorkspace ws = Workspaces.open(remote.url(), tmp.resolve("work"))) {
                    PushOutcome outcome = ws.push(ws.branchFromBase("steward/x", bump("6.1.0"), "Update"));
                    assertEquals(PushStatus.OK, outcome.status(), outcome.message());
                }
            } finally {
                SystemReader.setInstance(previousReader);
                FS.DETECTED.setUserHome(previousHome);
                System.setProperty("user.home", previousProperty);
            }
            RevCommit commit = remote.commit("steward/x");
            assertNull(commit.getRawGpgSignature(), "not signed, despite commit.gpgsign");
            assertEquals("steward@kubesteward.io", commit.getAuthorIdent().getEmailAddress());
            assertFalse(Files.exists(ran), "no hook from HOME ran");
            assertEquals(homeBefore, listing(home), "nothing written under HOME");
        }
    }

    /**
     * JGit's stock reader as a fresh JVM has it: the stock instance caches the user config of the
     * first HOME it saw, so the test wraps it in a new delegate, which opens configs anew.
     */
    private static SystemReader freshStockReader() {
        SystemReader.setInstance(null);
        return new SystemReader.Delegate(SystemReader.getInstance());
    }

    private static List<String> listing(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
