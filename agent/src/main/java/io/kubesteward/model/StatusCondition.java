package io.kubesteward.model;

import java.time.Instant;

/** A {@code status.conditions[]} entry: type, status (True/False/Unknown), reason, message, when it last changed. */
public record StatusCondition(String type, String status, String reason, String message, Instant lastTransitionTime) {
    public StatusCondition {
        ClusterCopies.required(type, "condition type");
    }

    public boolean holds() {
        return "True".equals(status);
    }
}
