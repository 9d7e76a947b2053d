package io.kubesteward.forge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.forge.PullRequest.State;
import io.kubesteward.report.PullRequestMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

class BranchPullRequestsTest {
    private static final String BRANCH = "steward/helm/cert-manager";

    private static PullRequest pr(long number, State state, String head, String body) {
        return new PullRequest(number, "https://x/" + number, state, head, "main", "t", body, List.of(), "bot");
    }

    private static String stewardBody(String branch) {
        return "text\n" + new PullRequestMetadata(branch, "cert-manager", null, List.of("1.0.0")).comment();
    }

    @Test
    void theNewestOpenOneIsTheOneToUpdate() {
        BranchPullRequests found = BranchPullRequests.of(BRANCH, List.of(
                pr(3, State.OPEN, BRANCH, ""), pr(9, State.OPEN, BRANCH, ""), pr(12, State.OPEN, "steward/other", "")));
        assertEquals(9, found.openPullRequest().orElseThrow().number());
    }

    @CatalogueEntry({43, 54})
    @Test
    void onlyStewardsOwnClosedUnmergedPullRequestsForThisBranchMeanIgnore() {
        BranchPullRequests found = BranchPullRequests.of(BRANCH, List.of(
                pr(20, State.MERGED, BRANCH, stewardBody(BRANCH)),
                pr(19, State.CLOSED, BRANCH, "a person's own, no metadata"),
                pr(18, State.CLOSED, BRANCH, stewardBody("steward/helm/other")),
                pr(17, State.CLOSED, BRANCH, SupersededMarker.mark(stewardBody(BRANCH), "#21", "https://x/21")),
                pr(16, State.CLOSED, BRANCH, stewardBody(BRANCH)),
                pr(15, State.CLOSED, BRANCH, stewardBody(BRANCH))));
        assertTrue(found.openPullRequest().isEmpty());
        assertEquals(16, found.closedUnmergedPullRequest().orElseThrow().number());
    }

    @Test
    void markingTwiceKeepsOneMarker() {
        String once = SupersededMarker.mark("body", "#2", "https://x/2");
        String twice = SupersededMarker.mark(once, "#3", "https://x/3");
        assertTrue(twice.startsWith("<!-- steward:superseded-by #3 -->\n"));
        assertEquals(1, twice.split("steward:superseded-by", -1).length - 1);
    }
}
