package io.kubesteward.scheduling;

import io.kubesteward.observability.RunSummary;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A daemon in its own JVM, for {@link DaemonSigtermTest}: one schedule firing every second whose run
 * has 20 "proposals" of 300 ms, printed on stdout. Exits 0 after a clean stop, 1 otherwise.
 */
public final class DaemonSigtermMain {
    private DaemonSigtermMain() {
    }

    public static void main(String[] args) throws Exception {
        ScheduledTask proposals = stop -> {
            Instant started = Instant.now();
            for (int i = 1; i <= 20; i++) {
                if (stop.stopRequested()) {
                    return new RunSummary("upgrades", RunSummary.Outcome.STOPPED, started, Instant.now(), Map.of(), i - 1, Map.of(), 0, null);
                }
                System.out.println("proposal " + i + " started");
                Thread.sleep(300);
                System.out.println("proposal " + i + " done");
            }
            return new RunSummary("upgrades", RunSummary.Outcome.SUCCEEDED, started, Instant.now(), Map.of(), 20, Map.of(), 0, null);
        };
        Daemon daemon = Daemon.start(List.of(new Schedule("upgrades", "* * * * * ?", ZoneId.of("UTC"), proposals)),
                DaemonSettings.defaults().withStopTimeout(Duration.ofSeconds(10)), summary -> { }, java.time.Clock.systemUTC());
        TerminationSignals.install(daemon);
        StopOutcome outcome = daemon.runUntilStopped();
        System.exit(outcome.clean() ? 0 : 1);
    }
}
