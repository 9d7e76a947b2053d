package io.kubesteward.planning;

import io.kubesteward.model.Declaration;
import java.util.List;

/**
 * What the plan says about one declaration: the updates it gets (a minor and a separate major at
 * most), the newest version seen when policy holds it back, and in words why (skip reason, lookup
 * failure, hold, or the range that already admits the newest); {@code lag}, when the releases were
 * read and the current value is one version, how far behind the newest release it is.
 */
public record Outcome(
        Declaration declaration,
        Status status,
        List<Update> updates,
        String newestOverall,
        String reason,
        List<String> appliedRules,
        ReleaseLag lag) {

    public Outcome {
        updates = List.copyOf(updates);
        appliedRules = List.copyOf(appliedRules);
    }

    public Outcome(Declaration declaration, Status status, List<Update> updates, String newestOverall, String reason,
                   List<String> appliedRules) {
        this(declaration, status, updates, newestOverall, reason, appliedRules, null);
    }

    Outcome withLag(ReleaseLag measured) {
        return new Outcome(declaration, status, updates, newestOverall, reason, appliedRules, measured);
    }

    static Outcome of(Declaration d, Status status, String reason) {
        return new Outcome(d, status, List.of(), null, reason, List.of());
    }
}
