package io.kubesteward.scheduling;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What {@link WindowPolicy} answered. When open, {@code window} is the open one (null when there are
 * no windows) and {@code closes} when it closes; when shut, {@code window} is the one that opens
 * first, at {@code opens} (null if none ever opens again), until {@code closes}.
 */
public record WindowDecision(boolean open, MaintenanceWindow window, Instant opens, Instant closes) {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT);

    /** For the report: why a pull request was or was not touched. */
    public String explanation() {
        if (window == null) {
            return "no maintenance window is set";
        }
        if (open) {
            return "inside the maintenance window " + window + (closes == null ? "" : ", until " + local(closes));
        }
        if (opens == null) {
            return "outside the maintenance window " + window + ", which never opens again; check its cron expression";
        }
        return "outside the maintenance window " + window + ": planned only; the pull request is opened or updated by a run "
                + "in the window, next from " + local(opens) + " (" + opens + ")";
    }

    private String local(Instant at) {
        return LOCAL.format(at.atZone(window.timeZone())) + " " + window.timeZone().getId();
    }
}
