package io.kubesteward.cli;

/** Documented in the README; scripts depend on them. */
public final class ExitCodes {
    /** The command did what it was asked (a plan was made, even one with skips and failed lookups). */
    public static final int OK = 0;
    /** A bug in Steward: an unexpected error. */
    public static final int INTERNAL = 1;
    /** Bad command line or bad configuration: fix the input and run again. */
    public static final int USAGE = 2;
    /**
     * Nothing to work on, or nothing done: the repository cannot be read, a cluster that was asked for
     * cannot be read at all, or every delivery of a run failed.
     */
    public static final int SYSTEMIC = 3;

    /** The report was made and printed, and a condition given with {@code --fail-on} holds (CI gating). */
    public static final int FAIL_ON = 4;

    private ExitCodes() {
    }
}
