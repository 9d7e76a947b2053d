package io.kubesteward.http;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/** Exponential backoff with "equal jitter", capped: half the step is fixed, half random. */
final class Backoff {
    private final Duration base;
    private final Duration cap;
    private final DoubleSupplier random;

    Backoff(Duration base, Duration cap, DoubleSupplier random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** The wait after failed attempt number {@code attempt} (1-based). */
    Duration after(int attempt) {
        int shift = Math.min(Math.max(attempt - 1, 0), 30);
        long step = Math.min(cap.toMillis(), base.toMillis() << shift);
        long half = step / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (step - half)));
    }
}
