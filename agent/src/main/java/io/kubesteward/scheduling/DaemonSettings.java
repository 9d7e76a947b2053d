package io.kubesteward.scheduling;

import java.time.Duration;

/**
 * How the daemon runs its schedules. {@code threads} is how many runs may go at once; 1 (the
 * default) runs schedules one after another, since runs share the git work directory and the
 * forge's rate limit. {@code stopTimeout} bounds a graceful stop: keep it below the pod's
 * terminationGracePeriodSeconds (30 s by default), so that Steward, not SIGKILL, ends the run.
 */
public record DaemonSettings(int threads, Duration stopTimeout, Duration misfireThreshold) {
    public DaemonSettings {
        if (threads < 1 || threads > 8) {
            throw new IllegalArgumentException("the daemon runs 1 to 8 schedules at once, not " + threads);
        }
        if (stopTimeout == null || stopTimeout.isNegative() || stopTimeout.isZero()) {
            throw new IllegalArgumentException("the stop timeout must be positive");
        }
        if (misfireThreshold == null || misfireThreshold.toMillis() < 1) {
            throw new IllegalArgumentException("the misfire threshold must be at least 1 ms");
        }
    }

    public static DaemonSettings defaults() {
        return new DaemonSettings(1, Duration.ofSeconds(25), Duration.ofSeconds(60));
    }

    public DaemonSettings withThreads(int n) {
        return new DaemonSettings(n, stopTimeout, misfireThreshold);
    }

    public DaemonSettings withStopTimeout(Duration timeout) {
        return new DaemonSettings(threads, timeout, misfireThreshold);
    }

    public DaemonSettings withMisfireThreshold(Duration threshold) {
        return new DaemonSettings(threads, stopTimeout, threshold);
    }
}
