package io.kubesteward.scheduling;

/**
 * What to do with a firing that could not start on time (the previous run of the same schedule, or
 * another schedule, was still going; the process was paused). Quartz calls it missed when it is
 * later than the misfire threshold ({@link DaemonSettings#misfireThreshold()}). The daemon keeps
 * no state across restarts, so a firing missed while it was not running is never caught up.
 */
public enum Misfire {
    /**
     * Run once as soon as possible, then keep to the schedule; several missed firings make one run.
     * The default: runs are idempotent (they find and update their own pull requests), so a late
     * run is harmless, and waiting a whole day for a missed daily run is not.
     */
    FIRE_ONCE_NOW,
    /** Drop the missed firing and wait for the next one. */
    SKIP
}
