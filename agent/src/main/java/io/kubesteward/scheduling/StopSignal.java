package io.kubesteward.scheduling;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/** A {@link CancellationToken} that a signal handler or a test sets once; the first reason given stays. */
public final class StopSignal implements CancellationToken {
    private final AtomicReference<String> reason = new AtomicReference<>();
    private final CountDownLatch requested = new CountDownLatch(1);

    /** Asks for a stop; true if this was the first request. Safe from any thread, never blocks. */
    public boolean request(String why) {
        boolean first = reason.compareAndSet(null, why == null || why.isBlank() ? "stop requested" : why);
        requested.countDown();
        return first;
    }

    @Override
    public boolean stopRequested() {
        return reason.get() != null;
    }

    @Override
    public String reason() {
        return reason.get();
    }

    void awaitForever() throws InterruptedException {
        requested.await();
    }

    @Override
    public String toString() {
        return stopRequested() ? "StopSignal[requested: " + reason() + "]" : "StopSignal[running]";
    }
}
