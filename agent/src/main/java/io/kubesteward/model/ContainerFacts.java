package io.kubesteward.model;

import java.time.Instant;

/**
 * What one pod reports about one of its containers: the image ID it runs, restarts, when the
 * current run started, a waiting reason such as CrashLoopBackOff, how the current run ended if it
 * has ({@code terminated}: a Job's pod with restartPolicy Never only shows an OOM kill here) and how
 * the previous run ended ({@code lastTermination}, null when it has not restarted).
 */
public record ContainerFacts(
        String name,
        ContainerRole role,
        String imageId,
        int restartCount,
        Instant startedAt,
        String waitingReason,
        Termination terminated,
        Termination lastTermination) {

    public ContainerFacts {
        ClusterCopies.required(name, "container name");
        role = role == null ? ContainerRole.CONTAINER : role;
    }

    public boolean lastRunOomKilled() {
        return lastTermination != null && lastTermination.oomKilled();
    }

    /** Whether the current or the previous run was OOM-killed. */
    public boolean oomKilled() {
        return lastRunOomKilled() || terminated != null && terminated.oomKilled();
    }
}
