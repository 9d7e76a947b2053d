package io.kubesteward.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writing quantities: Kubernetes' canonical form, and a new value in the style of an existing one. */
final class QuantityText {
    private static final BigDecimal KI = BigDecimal.valueOf(1024);
    private static final BigInteger KI_INT = BigInteger.valueOf(1024);
    private static final Pattern STYLE = Pattern.compile("[+-]?[0-9]*(?:\\.([0-9]*))?(.*)");
    /** Decimals a value may keep in a unit the author wrote with a point ({@code 1.5Gi} → {@code 1.75Gi}). */
    private static final int FRACTION_DIGITS = 2;
    /** Decimals a plain number may have and stay readable: whole millicores as cores ({@code 0.125}). */
    private static final int PLAIN_DIGITS = 3;

    private QuantityText() {
    }

    /** As {@code Quantity.String()} in apimachinery writes it. */
    static String canonical(Quantity q) {
        BigDecimal a = q.amount();
        if (a.signum() == 0) {
            return "0";
        }
        QuantityFormat format = q.format();
        if (format == QuantityFormat.BINARY_SI) {
            if (a.abs().compareTo(KI) >= 0 && q.isWhole()) {
                return binary(a.toBigIntegerExact(), 6);
            }
            format = QuantityFormat.DECIMAL_SI; // small or fractional: binary would round or confuse
        }
        BigInteger mantissa = a.unscaledValue();
        int exponent = -a.scale();
        while (Math.floorMod(exponent, 3) != 0) {
            mantissa = mantissa.multiply(BigInteger.TEN);
            exponent--;
        }
        if (format == QuantityFormat.DECIMAL_EXPONENT) {
            return mantissa + (exponent == 0 ? "" : "e" + exponent);
        }
        int largest = QuantityParser.DECIMAL.size() - 1 - QuantityParser.DECIMAL_OFFSET;
        if (exponent > largest) {
            mantissa = mantissa.multiply(BigInteger.TEN.pow(exponent - largest));
            exponent = largest;
        }
        return mantissa + QuantityParser.DECIMAL.get(exponent + QuantityParser.DECIMAL_OFFSET);
    }

    /** The largest binary suffix, up to {@code maxPower} (Ki = 1), that keeps the mantissa whole. */
    private static String binary(BigInteger value, int maxPower) {
        int power = 0;
        while (power < maxPower && value.signum() != 0 && value.mod(KI_INT).signum() == 0) {
            value = value.divide(KI_INT);
            power++;
        }
        return value + QuantityParser.BINARY.get(power);
    }

    static String formatLike(Quantity q, String existing) {
        Matcher m = existing == null ? null : STYLE.matcher(existing.trim());
        if (m == null || !m.matches() || !parses(existing)) {
            return q.canonical();
        }
        boolean pointed = m.group(1) != null && !m.group(1).isEmpty();
        String suffix = m.group(2);
        BigDecimal a = q.amount();
        if (suffix.isEmpty()) {
            return a.stripTrailingZeros().scale() <= PLAIN_DIGITS ? plain(a) : readable(q, false);
        }
        int binary = QuantityParser.BINARY.indexOf(suffix);
        if (binary > 0) {
            return inUnit(a.divide(KI.pow(binary)), suffix, pointed, q, true);
        }
        int decimal = QuantityParser.DECIMAL.indexOf(suffix);
        if (decimal >= 0) {
            int exponent = decimal - QuantityParser.DECIMAL_OFFSET;
            return inUnit(a.scaleByPowerOfTen(-exponent), suffix, pointed, q, exponent > 0);
        }
        // a decimal exponent such as e9: keep it when the value is a whole multiple
        int exponent = Integer.parseInt(suffix.substring(1));
        BigDecimal v = a.scaleByPowerOfTen(-exponent);
        return isWhole(v) ? plain(v) + suffix : readable(q, true);
    }

    private static String inUnit(BigDecimal v, String suffix, boolean pointed, Quantity q, boolean memoryLike) {
        if (isWhole(v) || (pointed && v.stripTrailingZeros().scale() <= FRACTION_DIGITS)) {
            return plain(v) + suffix;
        }
        return readable(q, memoryLike);
    }

    /** The nearest readable unit when the author's cannot say the value exactly: Mi/Gi for bytes, millicores for CPU. */
    private static String readable(Quantity q, boolean memoryLike) {
        BigDecimal a = q.amount();
        if (memoryLike && q.isWhole() && a.abs().compareTo(KI) >= 0) {
            return binary(a.toBigIntegerExact(), 6);
        }
        if (!memoryLike && isWhole(q.millis())) {
            return plain(q.millis()) + "m";
        }
        return canonical(Quantity.computed(a, QuantityFormat.DECIMAL_SI));
    }

    private static boolean parses(String text) {
        try {
            QuantityParser.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isWhole(BigDecimal v) {
        return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
    }

    private static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }
}
