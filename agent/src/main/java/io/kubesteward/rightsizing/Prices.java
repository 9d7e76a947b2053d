package io.kubesteward.rightsizing;

import java.math.BigDecimal;

/**
 * What a requested core and a requested GiB of memory cost per hour, from {@code rules/} (the
 * {@code kind: Prices} file). Savings are Σ Δcores × replicas × cpuCoreHour × hours + Σ ΔGiB ×
 * replicas × memoryGibHour × hours.
 */
public record Prices(String currency, BigDecimal cpuCoreHour, BigDecimal memoryGibHour) {
    public Prices {
        if (currency == null || currency.isBlank()) {
            throw new IllegalArgumentException("prices need a currency, e.g. USD");
        }
        if (cpuCoreHour == null || cpuCoreHour.signum() < 0 || memoryGibHour == null || memoryGibHour.signum() < 0) {
            throw new IllegalArgumentException("prices per core-hour and per GiB-hour must be numbers of at least 0, e.g. 0.031611 and 0.004237");
        }
    }

    /** From a prices file's texts; a message names the field that is not a number. */
    public static Prices of(String currency, String cpuCoreHour, String memoryGibHour) {
        return new Prices(currency, number("cpuCoreHour", cpuCoreHour), number("memoryGibHour", memoryGibHour));
    }

    private static BigDecimal number(String field, String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a price; write a number such as 0.031611");
        }
    }
}
