package io.kubesteward.report;

/**
 * A kind the cluster read could not read, so the report goes without it: {@code namespace} null means
 * cluster-wide; {@code reason} is {@code forbidden}, {@code not-installed} or {@code failed};
 * {@code message} says what to grant or install.
 */
public record ClusterProblemEntry(String kind, String namespace, String reason, String message) {
}
