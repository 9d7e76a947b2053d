package io.kubesteward.pipeline;

import io.kubesteward.planning.Proposal;
import io.kubesteward.planning.Update;
import java.util.Set;
import java.util.TreeSet;

/** The versions a proposal moves to, written as its pull request's hidden metadata records them. */
final class Targets {
    private Targets() {
    }

    static Set<String> of(Proposal proposal) {
        Set<String> targets = new TreeSet<>();
        for (Update u : proposal.updates()) {
            String value = u.newDigest() == null ? u.newValue() : (u.newValue() == null ? u.newDigest() : u.newValue() + "@" + u.newDigest());
            if (value != null) {
                targets.add(value);
            }
        }
        return targets;
    }
}
