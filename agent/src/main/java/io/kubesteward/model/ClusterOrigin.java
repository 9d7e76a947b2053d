package io.kubesteward.model;

import java.time.Instant;

/** Which cluster was read and when: the kubeconfig context (or "in-cluster"), and the time the read started. */
public record ClusterOrigin(String context, Instant readAt) {
}
