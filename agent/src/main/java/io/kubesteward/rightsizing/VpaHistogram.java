package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The VPA recommender's memory histogram buckets ({@code util/histogram_options.go}): bucket i starts
 * at {@code first × (1.05^i − 1) / 0.05} with {@code first} = 1e7 bytes, up to 1e12 bytes.
 * RIGHTSIZING.md's PeakEst is the end of the highest non-empty bucket of a checkpoint.
 */
public final class VpaHistogram {
    private static final BigDecimal GROWTH = new BigDecimal("1.05");
    private static final BigDecimal RATIO_MINUS_ONE = new BigDecimal("0.05");
    private static final BigDecimal FIRST_MEMORY_BUCKET = new BigDecimal("1e7");
    /** ceil(log(1e12 × 0.05 / 1e7 + 1) / log 1.05) + 1, as the recommender computes it. */
    public static final int MEMORY_BUCKETS = 176;

    private VpaHistogram() {
    }

    /** The end of memory bucket {@code bucket} (the start of the last bucket for the last one), rounded up to the byte. */
    public static Quantity memoryBucketEnd(int bucket) {
        if (bucket < 0 || bucket >= MEMORY_BUCKETS) {
            throw new IllegalArgumentException("memory histogram bucket " + bucket + " is outside 0.." + (MEMORY_BUCKETS - 1)
                    + "; is the checkpoint from a VPA with non-default histogram options?");
        }
        int end = Math.min(bucket + 1, MEMORY_BUCKETS - 1);
        BigDecimal start = FIRST_MEMORY_BUCKET.multiply(GROWTH.pow(end).subtract(BigDecimal.ONE))
                .divide(RATIO_MINUS_ONE, MathContext.DECIMAL128);
        return Quantity.ofBytes(start.setScale(0, RoundingMode.CEILING).longValueExact());
    }
}
