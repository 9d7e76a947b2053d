package io.kubesteward.gitops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pure rules beside the workspace: branch names, messages, paths, ownership, secrecy. */
class GitopsRulesTest {
    private static final GitIdentity STEWARD = Workspaces.STEWARD;
    private static final GitIdentity BOT = Workspaces.BOT;
    private final BranchRules rules = new BranchRules("main", "steward/");

    @Test
    void stewardWritesOnlyUnderItsPrefix() {
        assertEquals(Optional.empty(), rules.refusal("steward/helm/podinfo"));
        assertTrue(rules.refusal("main").orElseThrow().contains("base branch"));
        assertTrue(rules.refusal("feature/x").orElseThrow().contains("only branches under steward/"));
        assertTrue(rules.refusal("steward/").isPresent());
        assertTrue(rules.refusal("stewardx/a").isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"steward/a..b", "steward/a b", "steward/a.lock", "steward/x/", "steward/.hidden", "steward/a~1",
        "steward/a:b", "steward/a@{1}", "steward//a"})
    @CatalogueEntry(55)
    void refusesNamesGitWouldReject(String name) {
        assertTrue(rules.refusal(name).orElseThrow().contains("not a valid git branch name"), name);
    }

    @Test
    void aPrefixMustBeOwnAndEndInASlash() {
        assertThrows(IllegalArgumentException.class, () -> new BranchRules("main", "steward"));
        assertThrows(IllegalArgumentException.class, () -> new BranchRules("main", "/"));
        assertThrows(IllegalArgumentException.class, () -> new BranchRules("steward/main", "steward/"));
        assertThrows(IllegalArgumentException.class, () -> new BranchRules("main", "bad prefix/"));
    }

    @Test
    void signOffIsAppendedOnceAndJoinsAnExistingTrailerBlock() {
        assertEquals("Update x\n", CommitMessages.compose("Update x  \r\n\r\n", null));
        assertEquals("Update x\n\nSigned-off-by: steward-bot <bot@kubesteward.io>\n", CommitMessages.compose("Update x", BOT));
        assertEquals("Update x\n\nBody\n\nCo-authored-by: A <a@b>\nSigned-off-by: steward-bot <bot@kubesteward.io>\n",
                CommitMessages.compose("Update x\n\nBody\n\nCo-authored-by: A <a@b>", BOT));
        String signed = CommitMessages.compose("Update x", BOT);
        assertEquals(signed, CommitMessages.compose(signed, BOT));
        assertThrows(IllegalArgumentException.class, () -> CommitMessages.compose(" ", BOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "../outside.yaml", "a/../b.yaml", "a//b", "./a.yaml", ".git/config",
        "sub/.GIT/hooks/pre-commit", "a\\b.yaml", "a/b.yaml/", "line\nbreak"})
    @CatalogueEntry(58)
    void refusesPathsOutsideTheTree(String path) {
        assertThrows(IllegalArgumentException.class, () -> new FileContent(path, "x"));
    }

    @Test
    void acceptsOrdinaryRelativePaths() {
        assertEquals("apps/a b/values.yaml", new FileContent("apps/a b/values.yaml", "").path());
        assertEquals(".github/renovate.json", new FileContent(".github/renovate.json", "").path());
    }

    @Test
    void aBranchIsStewardsOnlyWhenItsHeadIsStewardsSingleParentCommit() {
        CommitSummary stewards = new CommitSummary("a".repeat(40), "Steward", "STEWARD@kubesteward.io", "bot@kubesteward.io", 1);
        assertEquals(Optional.empty(), BranchOwnership.whyNotStewards("steward/x", stewards, STEWARD, BOT));

        CommitSummary janes = new CommitSummary("b".repeat(40), "Jane", "jane@example.com", "jane@example.com", 1);
        String why = BranchOwnership.whyNotStewards("steward/x", janes, STEWARD, BOT).orElseThrow();
        assertTrue(why.startsWith("steward/x holds work that is not Steward's: its newest commit bbbbbbb is by Jane"), why);

        CommitSummary amended = new CommitSummary("c".repeat(40), "Steward", "steward@kubesteward.io", "jane@example.com", 1);
        assertTrue(BranchOwnership.whyNotStewards("steward/x", amended, STEWARD, BOT).isPresent());

        CommitSummary merge = new CommitSummary("d".repeat(40), "Steward", "steward@kubesteward.io", "bot@kubesteward.io", 2);
        assertTrue(BranchOwnership.whyNotStewards("steward/x", merge, STEWARD, BOT).orElseThrow().contains("2 parents"));
    }

    @Test
    void credentialsNeverShowTheToken() {
        GitCredentials credentials = GitCredentials.token(null, "tok-1234567890");
        assertEquals("x-access-token", credentials.username());
        WorkspaceSettings settings = WorkspaceSettings.of("https://git.example/r.git", "main", Path.of("/w"), STEWARD)
                .withCredentials(credentials);
        assertFalse(settings.toString().contains("tok-1234567890"), settings.toString());
        assertFalse(credentials.toString().contains("tok-1234567890"));
        assertEquals("gitlab", GitCredentials.token("gitlab", "t0k").username());
        assertThrows(IllegalArgumentException.class, () -> GitCredentials.token(null, " "));
    }

    @Test
    void identitiesMustFitACommitHeader() {
        assertEquals("Steward <steward@kubesteward.io>", STEWARD.display());
        assertThrows(IllegalArgumentException.class, () -> new GitIdentity("A <b>", "a@b"));
        assertThrows(IllegalArgumentException.class, () -> new GitIdentity("A", "a@b\nInjected: yes"));
        assertThrows(IllegalArgumentException.class, () -> new GitIdentity("", "a@b"));
    }
}
