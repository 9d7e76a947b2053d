package io.kubesteward.scheduling;

import io.kubesteward.observability.RunSummary;

/**
 * What a schedule runs: one plan or run of the pipeline, built by the composition root. It checks
 * {@code stop} between proposals and returns early (outcome STOPPED) when it is set. An exception
 * is a failed run: the daemon logs it and carries on with the next firing.
 */
@FunctionalInterface
public interface ScheduledTask {
    RunSummary run(CancellationToken stop) throws Exception;
}
