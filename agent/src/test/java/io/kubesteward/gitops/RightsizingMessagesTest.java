package io.kubesteward.gitops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.model.MergedRightsizing;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RightsizingMessagesTest {
    private static final Instant AT = Instant.parse("2024-06-01T10:00:00Z");

    @Test
    void steward_lines_are_read_from_its_own_message_and_from_a_squash_and_other_lines_are_not() {
        String squash = """
                Raise resources after OOM kills: apps (2 workloads) (#12)

                * Raise resources after OOM kills: apps (2 workloads)

                - clusters/prod/apps/redis.yaml: StatefulSet/apps/redis-master/redis:limits.memory 256Mi -> 688Mi (rightsizing)
                - clusters/prod/apps/api.yaml: Deployment/apps/api/api:requests.cpu 1000m -> 500m (rightsizing)
                - clusters/prod/apps/podinfo.yaml: podinfo 6.5.0 -> 6.7.1 (minor)
                - a note a person wrote -> with an arrow (rightsizing)
                """;
        List<MergedRightsizing> changes = RightsizingMessages.changes(squash, AT);
        assertEquals(2, changes.size(), changes::toString);
        assertEquals("StatefulSet/apps/redis-master/redis:limits.memory", changes.get(0).value().format());
        assertTrue(changes.get(0).oomRaise(), "a memory raise in an OOM pull request");
        assertFalse(changes.get(1).oomRaise(), "CPU, and a decrease, is no OOM raise");
        assertEquals(AT, changes.get(1).mergedAt());
    }

    @Test
    void a_revert_names_its_commit_and_turns_each_change_back() {
        assertEquals(Optional.of("0123abcd"), RightsizingMessages.reverted("Revert \"Rightsize resources of apps\"\n\nThis reverts commit 0123abcd.\n"));
        assertEquals(Optional.empty(), RightsizingMessages.reverted("Rightsize resources\n\nThis reverts commit 0123abcd."));
        MergedRightsizing raise = RightsizingMessages.changes("Raise resources after OOM kills: x\n\n"
                + "- f.yaml: Deployment/a/b/c:requests.memory 1Gi -> 2Gi (rightsizing)\n", AT).get(0);
        MergedRightsizing back = RightsizingMessages.revertedAt(List.of(raise), AT.plusSeconds(60)).get(0);
        assertEquals(List.of("2Gi", "1Gi", false, AT.plusSeconds(60)), List.of(back.from(), back.to(), back.oomRaise(), back.mergedAt()));
    }
}
