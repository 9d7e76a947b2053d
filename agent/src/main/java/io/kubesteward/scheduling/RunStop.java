package io.kubesteward.scheduling;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The graceful stop of a single run ({@code steward run}, a CronJob): a signal sets the token; the
 * pipeline ends after its current proposal; whoever ran it calls {@link #finished()}. A shutdown
 * waits for that at most {@code bound}.
 */
public final class RunStop implements GracefulStop {
    private static final Logger LOG = LoggerFactory.getLogger(RunStop.class);
    private final StopSignal signal = new StopSignal();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Duration bound;

    public RunStop(Duration bound) {
        this.bound = bound;
    }

    public CancellationToken token() {
        return signal;
    }

    /** The run is over (whatever its result): a waiting stop returns. */
    public void finished() {
        finished.countDown();
    }

    @Override
    public void requestStop(String reason) {
        if (signal.request(reason)) {
            LOG.info("stop requested ({}): the run ends after its current proposal", reason);
        }
    }

    @Override
    public StopOutcome stop(String reason) {
        long began = System.nanoTime();
        signal.request(reason);
        boolean done;
        try {
            done = finished.await(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done = false;
        }
        return new StopOutcome(done, signal.reason(), Duration.ofNanos(System.nanoTime() - began), done ? List.of() : List.of("the run"));
    }
}
