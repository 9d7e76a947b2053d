package io.kubesteward.model;

import java.time.Instant;

/** How a container's previous run ended ({@code lastState.terminated}): reason such as OOMKilled, exit code, times. */
public record Termination(String reason, Integer exitCode, Instant startedAt, Instant finishedAt) {
    public static final String OOM_KILLED = "OOMKilled";

    public boolean oomKilled() {
        return OOM_KILLED.equals(reason);
    }
}
