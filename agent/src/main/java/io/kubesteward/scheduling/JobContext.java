package io.kubesteward.scheduling;

import io.kubesteward.observability.RunSummary;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** What every job of one daemon shares: the stop token, where summaries go, and the running threads. */
record JobContext(StopSignal stop, Consumer<RunSummary> onFinished, Clock clock, Map<Thread, String> running) {
    JobContext(StopSignal stop, Consumer<RunSummary> onFinished, Clock clock) {
        this(stop, onFinished, clock, new ConcurrentHashMap<>());
    }
}
