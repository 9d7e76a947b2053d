package io.kubesteward.scheduling;

import java.time.Duration;
import java.util.List;

/**
 * How a graceful stop ended: {@code clean} when every running job finished within the bound;
 * otherwise {@code stillRunning} names the runs that were interrupted. A run cut short is not
 * harmful (the next run finds its branch and pull request and converges), only unfinished.
 */
public record StopOutcome(boolean clean, String reason, Duration took, List<String> stillRunning) {
    public StopOutcome {
        stillRunning = List.copyOf(stillRunning);
    }

    public String describe() {
        String secs = String.format(java.util.Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
        return clean ? "stopped cleanly (" + reason + ") in " + secs
                : "stopped (" + reason + ") after " + secs + " with " + String.join(", ", stillRunning)
                        + " still running; it was interrupted and the next run converges";
    }
}
