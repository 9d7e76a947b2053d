package io.kubesteward.scheduling;

/**
 * Asked by a long task between units of work (the delivery step: between proposals) whether it
 * should end early. Ending early means: finish the current unit, start no other, report the rest as
 * not done because Steward was stopping. Nothing is then half-done, and the next run picks it up.
 */
@FunctionalInterface
public interface CancellationToken {
    /** Never asks to stop: for {@code steward plan} and tests. */
    CancellationToken NEVER = () -> false;

    boolean stopRequested();

    /** Why a stop was asked for ("SIGTERM"), for the report; null while none was. */
    default String reason() {
        return null;
    }
}
