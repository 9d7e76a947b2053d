package io.kubesteward.http;

import java.time.Duration;

/** Waits between attempts; tests replace it to run without real delays. */
@FunctionalInterface
interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration d) throws InterruptedException;
}
