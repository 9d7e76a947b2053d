package io.kubesteward.rightsizing;

import static io.kubesteward.rightsizing.Fixture.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VpaHistogramTest {
    @Test
    void bucket_ends_follow_the_recommenders_exponential_buckets() {
        assertEquals(q("10M"), VpaHistogram.memoryBucketEnd(0), "first bucket: 1e7 bytes");
        assertEquals(q("20500000"), VpaHistogram.memoryBucketEnd(1), "1e7 × (1.05² − 1) / 0.05");
        // 1e7 × (1.05^61 − 1) / 0.05 = 3722629037.77 bytes, rounded up to the byte
        assertEquals(q("3722629038"), VpaHistogram.memoryBucketEnd(60));
        assertEquals(VpaHistogram.memoryBucketEnd(175), VpaHistogram.memoryBucketEnd(174), "the last bucket reports its start");
        assertThrows(IllegalArgumentException.class, () -> VpaHistogram.memoryBucketEnd(176));
        assertThrows(IllegalArgumentException.class, () -> VpaHistogram.memoryBucketEnd(-1));
    }

    @Test
    void confidence_is_the_shorter_of_the_span_and_the_sample_density() {
        Instant now = Fixture.NOW;
        assertEquals(0, new BigDecimal("3").compareTo(new SampleHistory(now.minusSeconds(10 * 86_400), now, 3 * 1440, null).confidenceDays()));
        assertEquals(0, new BigDecimal("2.5").compareTo(new SampleHistory(now.minusSeconds(216_000), now, 100_000, null).confidenceDays()));
        SampleHistory h = SampleHistory.fromCheckpoint(now.minusSeconds(86_400), now, 1440, 1);
        assertEquals(q("20500000"), h.memoryPeak());
    }
}
