package io.kubesteward.forge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.forge.registry.Forges;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoForgeTest {
    private final Forge none = Forges.open(ForgeSettings.none(), null);

    @Test
    void findsNothingAndRefusesWritesAsNotConfigured() throws Exception {
        assertEquals(ForgeKind.NONE, none.kind());
        assertTrue(none.find("steward/x").openPullRequest().isEmpty());
        assertEquals(List.of(), none.openPullRequests("steward/"));
        PullRequestDraft draft = new PullRequestDraft("t", "b", "steward/x", "main", null, null, null);
        ForgeFailure f = assertThrows(ForgeFailure.class, () -> none.create(draft));
        assertEquals(ForgeFailure.Kind.NOT_CONFIGURED, f.kind());
        assertEquals("could not open a pull request from steward/x into main: no forge configured; the branch was pushed"
                + " — open the pull request by hand, or configure a forge (github, gitlab or gitea) and a token", f.getMessage());
    }
}
