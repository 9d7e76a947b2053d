package io.kubesteward.rightsizing;

import java.math.BigDecimal;
import java.util.List;

/**
 * RIGHTSIZING.md's estimate: Σ Δcores × replicas × $/core-hour × hours + Σ ΔGiB × replicas ×
 * $/GiB-hour × hours, over the requests that change (Δ = current − proposed: positive saves).
 */
final class Savings {
    private static final BigDecimal GIB = BigDecimal.valueOf(1L << 30);

    private Savings() {
    }

    static Saving of(List<Line> lines, int replicas, Prices prices, RightsizingSettings s) {
        BigDecimal n = BigDecimal.valueOf(replicas);
        BigDecimal cores = BigDecimal.ZERO;
        BigDecimal gib = BigDecimal.ZERO;
        for (Line l : lines) {
            if (l.field() != Line.Field.REQUEST || !l.changes()) {
                continue;
            }
            BigDecimal delta = l.current().amount().subtract(l.proposed().amount()).multiply(n);
            if (l.resource() == Resource.CPU) {
                cores = cores.add(delta);
            } else {
                gib = gib.add(delta.divide(GIB));
            }
        }
        BigDecimal hours = s.decimal(Setting.HOURS_PER_MONTH);
        return new Saving(cores, gib, cores.multiply(prices.cpuCoreHour()).multiply(hours), gib.multiply(prices.memoryGibHour()).multiply(hours),
                prices.currency());
    }
}
