package io.kubesteward.rightsizing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a change frees (positive) or costs (negative) a month: Σ Δcores × replicas and Σ ΔGiB ×
 * replicas of requests, and their price over {@code hoursPerMonth}: CPU's, memory's, and both.
 */
public record Saving(BigDecimal cores, BigDecimal gib, BigDecimal cpuPerMonth, BigDecimal memoryPerMonth, String currency) {
    public static Saving none(String currency) {
        return new Saving(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, currency);
    }

    public BigDecimal perMonth() {
        return cpuPerMonth.add(memoryPerMonth);
    }

    public Saving plus(Saving other) {
        return new Saving(cores.add(other.cores), gib.add(other.gib), cpuPerMonth.add(other.cpuPerMonth),
                memoryPerMonth.add(other.memoryPerMonth), currency);
    }

    /** {@code 57.75 USD/month}, rounded to the cent for people; the amount itself stays exact. */
    public String describe() {
        return perMonth().setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + currency + "/month";
    }
}
