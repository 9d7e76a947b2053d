package io.kubesteward.pipeline;

import io.kubesteward.forge.ForgeFailure;
import io.kubesteward.forge.PullRequest;
import io.kubesteward.planning.Proposal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Closes Steward's open pull requests that no current proposal carries when a current one updates
 * the same package (a newer proposal replaced it), with a comment linking the new one. Pull
 * requests for packages no longer proposed at all are left for people.
 */
final class Supersession {
    private Supersession() {
    }

    static List<Delivery> close(DeliveryRequest request, List<PullRequest> openAtStart, List<Delivery> delivered) {
        Set<String> current = request.proposals().stream().map(Proposal::branch).collect(Collectors.toSet());
        Map<String, Delivery> byBranch = delivered.stream().collect(Collectors.toMap(Delivery::branch, Function.identity(), (a, b) -> a));
        List<Delivery> closed = new ArrayList<>();
        for (PullRequest old : openAtStart) {
            if (current.contains(old.headBranch())) {
                continue;
            }
            boolean oldMajor = old.headBranch().endsWith("-major");
            Optional<Proposal> newer = request.proposals().stream()
                    .filter(p -> p.packageName().equals(old.stewardPackage()) && p.repository().equals(old.stewardRepository())
                            && byBranch.containsKey(p.branch()) && byBranch.get(p.branch()).pullRequestUrl() != null)
                    // a major PR is replaced by the major proposal when there is one, a minor by the minor
                    .sorted(java.util.Comparator.comparing(p -> p.branch().endsWith("-major") != oldMajor))
                    .findFirst();
            if (newer.isEmpty()) {
                continue;
            }
            try {
                PullRequest replacement = request.forge().find(newer.get().branch()).open();
                if (replacement == null) {
                    continue;
                }
                request.forge().closeSuperseded(old, replacement);
                closed.add(new Delivery(old.headBranch(), Delivery.Action.CLOSED_SUPERSEDED, old.url(),
                        "replaced by " + replacement.url()));
            } catch (ForgeFailure e) {
                closed.add(new Delivery(old.headBranch(), Delivery.Action.FAILED, old.url(), "could not close: " + e.getMessage()));
            }
        }
        return closed;
    }
}
