package io.kubesteward.scheduling;

/** The daemon cannot start: its schedules are inconsistent, or the scheduler itself failed. */
public final class SchedulingFailure extends Exception {
    private static final long serialVersionUID = 1L;

    public SchedulingFailure(String message) {
        super(message);
    }
}
