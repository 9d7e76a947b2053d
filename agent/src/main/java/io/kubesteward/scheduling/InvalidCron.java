package io.kubesteward.scheduling;

/** A cron expression Steward cannot read; the message says why and which forms it accepts. */
public final class InvalidCron extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidCron(String message) {
        super(message);
    }
}
