package io.kubesteward.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesteward.faults.CatalogueEntry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @CatalogueEntry(51)
    @Test
    void growsExponentiallyWithJitterUpToTheCap() {
        Backoff low = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1), () -> 0.0);
        Backoff high = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1), () -> 0.999_999);
        assertEquals(100, low.after(1).toMillis());
        assertEquals(199, high.after(1).toMillis());
        assertEquals(200, low.after(2).toMillis());
        assertEquals(399, high.after(2).toMillis());
        assertEquals(500, low.after(10).toMillis());
        assertEquals(999, high.after(40).toMillis());
    }
}
