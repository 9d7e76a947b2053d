package io.kubesteward.forge;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Spaces writes to one forge: the next write starts no sooner than {@code interval} after the
 * previous one ended. GitHub asks for at least a second between mutating requests to stay clear of
 * its secondary rate limits; the others are spared bursts too.
 */
public final class WritePacer {
    /** Waits; replaced in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final Duration interval;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private long lastWriteEnded = Long.MIN_VALUE;

    public WritePacer(Duration interval, LongSupplier nanoTime, Sleeper sleeper) {
        this.interval = interval;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    public static WritePacer every(Duration interval) {
        return new WritePacer(interval, System::nanoTime, d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000));
    }

    /** Runs one write when its turn comes; writes through one pacer never overlap. */
    public synchronized <T, E extends Exception> T write(Write<T, E> write) throws E, InterruptedException {
        if (!interval.isZero() && lastWriteEnded != Long.MIN_VALUE) {
            long waitNanos = interval.toNanos() - (nanoTime.getAsLong() - lastWriteEnded);
            if (waitNanos > 0) {
                sleeper.sleep(Duration.ofNanos(waitNanos));
            }
        }
        try {
            return write.run();
        } finally {
            lastWriteEnded = nanoTime.getAsLong();
        }
    }

    /** One write call. */
    @FunctionalInterface
    public interface Write<T, E extends Exception> {
        T run() throws E;
    }
}
