package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * How far the VPA's numbers can be trusted (RIGHTSIZING.md's confidence gate): {@code days} of
 * history from the checkpoint (null when unknown) and what that allows. Without a checkpoint the
 * history counts as under the decrease threshold; a VPA younger than the increase threshold cannot
 * have more history than its age.
 */
record Confidence(BigDecimal days, Level level, String source) {
    enum Level {
        /** Only the OOM rule acts. */
        NONE,
        INCREASES_ONLY,
        FULL
    }

    static Confidence of(SampleHistory history, VpaStatus vpa, Instant now, RightsizingSettings s) {
        BigDecimal increases = days(s.duration(Setting.MIN_HISTORY_FOR_INCREASES));
        BigDecimal decreases = days(s.duration(Setting.MIN_HISTORY_FOR_DECREASES));
        BigDecimal age = vpa == null || vpa.createdAt() == null ? null
                : days(Duration.between(vpa.createdAt(), now).isNegative() ? Duration.ZERO : Duration.between(vpa.createdAt(), now));
        if (history != null) {
            BigDecimal d = history.confidenceDays();
            String source = "checkpoint";
            if (age != null && age.compareTo(d) < 0) {
                d = age;
                source = "VPA age";
            }
            Level level = d.compareTo(decreases) >= 0 ? Level.FULL : d.compareTo(increases) >= 0 ? Level.INCREASES_ONLY : Level.NONE;
            return new Confidence(d, level, source);
        }
        if (age != null && age.compareTo(increases) < 0) {
            return new Confidence(age, Level.NONE, "VPA age (no checkpoint)");
        }
        return new Confidence(null, Level.INCREASES_ONLY, "no checkpoint: counts as under " + s.text(Setting.MIN_HISTORY_FOR_DECREASES));
    }

    /** PeakEst: the checkpoint's memory peak, else U when the history is long enough to trust it, else unknown. */
    Quantity peak(SampleHistory history, Recommendation memory) {
        if (history != null && history.memoryPeak() != null) {
            return history.memoryPeak();
        }
        return level == Level.FULL && days != null && memory != null ? memory.upperBound() : null;
    }

    String peakSource(SampleHistory history) {
        if (history != null && history.memoryPeak() != null) {
            return "checkpoint memory histogram";
        }
        return level == Level.FULL && days != null ? "U (no histogram peak)" : "unknown";
    }

    String describe() {
        return Show.days(days) + " of history (" + source + "): " + switch (level) {
            case NONE -> "only the OOM rule acts";
            case INCREASES_ONLY -> "increases only";
            case FULL -> "increases and decreases";
        };
    }

    private static BigDecimal days(Duration d) {
        return BigDecimal.valueOf(d.getSeconds()).divide(BigDecimal.valueOf(86_400), 3, RoundingMode.DOWN);
    }
}
