package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * What a VerticalPodAutoscalerCheckpoint ({@code <vpa>-<container>}) says about the history behind a
 * recommendation: first and last sample starts, the sample count, and the memory peak (the end of
 * the highest non-empty memory bucket; null when the histogram is empty).
 */
public record SampleHistory(Instant firstSampleStart, Instant lastSampleStart, long totalSamples, Quantity memoryPeak) {
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
    /** One sample a minute: a day's worth. */
    private static final BigDecimal SAMPLES_PER_DAY = BigDecimal.valueOf(1_440);

    public SampleHistory {
        if (firstSampleStart == null || lastSampleStart == null) {
            throw new IllegalArgumentException("a checkpoint history needs its first and last sample starts");
        }
    }

    /** From a checkpoint's fields, with the memory peak taken from its highest non-empty bucket (null when empty). */
    public static SampleHistory fromCheckpoint(Instant first, Instant last, long totalSamples, Integer highestMemoryBucket) {
        return new SampleHistory(first, last, totalSamples,
                highestMemoryBucket == null ? null : VpaHistogram.memoryBucketEnd(highestMemoryBucket));
    }

    /** The recommender's own confidence: min((last − first)/24h, samples/1440), in days with three decimals. */
    public BigDecimal confidenceDays() {
        long seconds = Math.max(0, Duration.between(firstSampleStart, lastSampleStart).getSeconds());
        BigDecimal span = BigDecimal.valueOf(seconds).divide(SECONDS_PER_DAY, 3, RoundingMode.DOWN);
        BigDecimal density = BigDecimal.valueOf(Math.max(0, totalSamples)).divide(SAMPLES_PER_DAY, 3, RoundingMode.DOWN);
        return span.min(density);
    }
}
