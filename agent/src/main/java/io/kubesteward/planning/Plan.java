package io.kubesteward.planning;

import java.util.List;

/** Every declaration's outcome, and the proposals that group the updates. */
public record Plan(List<Outcome> outcomes, List<Proposal> proposals) {
    public Plan {
        outcomes = List.copyOf(outcomes);
        proposals = List.copyOf(proposals);
    }
}
