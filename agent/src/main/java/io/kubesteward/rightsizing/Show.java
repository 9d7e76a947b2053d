package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** Numbers as the explanations write them: CPU in millicores, memory in Mi (Gi when whole), days with one decimal. */
final class Show {
    private Show() {
    }

    static String of(Resource r, Quantity q) {
        if (q == null) {
            return "none";
        }
        if (r == Resource.CPU) {
            return plain(q.millis()) + "m";
        }
        BigDecimal mi = q.mebibytes();
        BigDecimal gi = mi.divide(BigDecimal.valueOf(1024));
        if (gi.signum() != 0 && gi.stripTrailingZeros().scale() <= 0) {
            return plain(gi) + "Gi";
        }
        return plain(mi.setScale(Math.min(Math.max(mi.stripTrailingZeros().scale(), 0), 2), RoundingMode.HALF_UP)) + "Mi";
    }

    static String days(BigDecimal days) {
        return days == null ? "unknown" : days.setScale(1, RoundingMode.HALF_UP).toPlainString() + " d";
    }

    static String duration(Duration d) {
        return d.toHours() % 24 == 0 ? d.toDays() + "d" : d.toHours() + "h";
    }

    static String percent(BigDecimal ratio) {
        return plain(ratio.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP)) + " %";
    }

    static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }
}
