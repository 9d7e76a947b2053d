package io.kubesteward.scheduling;

/** Something that can end its work gracefully when the process is asked to stop. */
public interface GracefulStop {
    /** Asks for a stop and returns at once; safe from a signal handler. */
    void requestStop(String reason);

    /** Asks for a stop and waits, within the implementation's bound, until it is done. Idempotent. */
    StopOutcome stop(String reason);
}
