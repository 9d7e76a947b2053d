package io.kubesteward.model;

/**
 * How one repository index was obtained during a run, for the report's statistics.
 * {@code outcome} is one of: downloaded, not-modified (served from the on-disk cache after a 304),
 * mirror-folder, failed.
 */
public record FetchStat(String repository, String outcome, long bytes, long fetchMillis, long parseMillis, int entriesKept) {
}
