package io.kubesteward.forge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WritePacerTest {
    private long now = 1_000_000_000L;
    private final List<Duration> slept = new ArrayList<>();
    private final WritePacer pacer = new WritePacer(Duration.ofSeconds(1), () -> now, d -> {
        slept.add(d);
        now += d.toNanos();
    });

    private void write(long takesMillis) throws Exception {
        pacer.write(() -> {
            now += takesMillis * 1_000_000L;
            return null;
        });
    }

    @Test
    void theFirstWriteGoesAtOnceAndTheNextWaitsOutTheIntervalFromTheEndOfThePrevious() throws Exception {
        write(200);
        assertEquals(List.of(), slept);
        now += 300_000_000L;
        write(50);
        assertEquals(List.of(Duration.ofMillis(700)), slept);
    }

    @Test
    void aWriteLongAfterThePreviousDoesNotWait() throws Exception {
        write(10);
        now += 5_000_000_000L;
        write(10);
        assertEquals(List.of(), slept);
    }

    @Test
    void aZeroIntervalNeverWaits() throws Exception {
        WritePacer none = new WritePacer(Duration.ZERO, () -> now, d -> slept.add(d));
        for (int i = 0; i < 3; i++) {
            none.write(() -> null);
        }
        assertEquals(List.of(), slept);
    }

    @Test
    void aFailedWriteStillCountsForTheSpacing() throws Exception {
        try {
            pacer.write(() -> {
                throw new IllegalStateException("refused");
            });
        } catch (IllegalStateException expected) {
            // the forge answered, so the write happened as far as its limits are concerned
        }
        write(0);
        assertEquals(List.of(Duration.ofSeconds(1)), slept);
    }
}
