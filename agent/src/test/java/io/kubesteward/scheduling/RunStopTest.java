package io.kubesteward.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunStopTest {
    @CatalogueEntry(65)
    @Test
    void aSignalSetsTheTokenAndTheStopWaitsForTheRunToFinish() throws Exception {
        RunStop stop = new RunStop(Duration.ofSeconds(5));
        assertFalse(stop.token().stopRequested());
        Thread run = new Thread(() -> {
            while (!stop.token().stopRequested()) {
                Thread.onSpinWait();
            }
            stop.finished(); // after the current proposal
        });
        run.start();
        StopOutcome outcome = stop.stop("SIGTERM");
        run.join();
        assertTrue(outcome.clean(), outcome.describe());
        assertEquals("SIGTERM", stop.token().reason());
    }

    @CatalogueEntry(65)
    @Test
    void aRunThatDoesNotFinishInTimeIsReported() {
        RunStop stop = new RunStop(Duration.ofMillis(100));
        stop.requestStop("SIGTERM");
        stop.requestStop("second reason is ignored");
        StopOutcome outcome = stop.stop("JVM shutdown");
        assertFalse(outcome.clean());
        assertEquals("SIGTERM", outcome.reason());
        assertEquals(List.of("the run"), outcome.stillRunning());
    }
}
