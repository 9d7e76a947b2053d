package io.kubesteward.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kubernetes' quantity grammar ({@code k8s.io/apimachinery/pkg/api/resource}): an optional sign,
 * digits with an optional point ({@code 1}, {@code 1.5}, {@code 1.}, {@code .5}), then one suffix:
 * binary {@code Ki..Ei}, decimal {@code n u m k M G T P E} or none, or a decimal exponent
 * {@code e3}/{@code E-3}. Like the API server, amounts finer than {@code 1n} round up to {@code 1n}.
 */
final class QuantityParser {
    static final List<String> BINARY = List.of("", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei");
    /** Decimal suffixes by power of ten, from 10^-9; blanks are exponents without a suffix. */
    static final List<String> DECIMAL = List.of("n", "", "", "u", "", "", "m", "", "", "", "", "", "k", "", "", "M", "", "",
            "G", "", "", "T", "", "", "P", "", "", "E");
    static final int DECIMAL_OFFSET = 9;

    private static final Pattern FORM = Pattern.compile("([+-]?)([0-9]*)(?:\\.([0-9]*))?(.*)", Pattern.DOTALL);
    private static final Pattern EXPONENT = Pattern.compile("[eE]([+-]?[0-9]{1,3})");
    private static final int MAX_LENGTH = 100;
    /** Far beyond any real resource; keeps a hostile {@code 1e999} from building huge numbers. */
    private static final int MAX_EXPONENT = 40;

    private QuantityParser() {
    }

    static Quantity parse(String text) {
        String t = text == null ? "" : text.trim();
        Matcher m = FORM.matcher(t);
        if (t.isEmpty() || t.length() > MAX_LENGTH || !m.matches()) {
            throw wrong(text);
        }
        String whole = m.group(2);
        String fraction = m.group(3) == null ? "" : m.group(3);
        if (whole.isEmpty() && fraction.isEmpty()) {
            throw wrong(text);
        }
        BigDecimal number = new BigDecimal((whole.isEmpty() ? "0" : whole) + (fraction.isEmpty() ? "" : "." + fraction));
        if (m.group(1).equals("-")) {
            number = number.negate();
        }
        String suffix = m.group(4);
        int binary = BINARY.indexOf(suffix);
        if (binary > 0) {
            return new Quantity(Quantity.toNano(number.multiply(BigDecimal.valueOf(1L << (10 * binary)))), QuantityFormat.BINARY_SI, t);
        }
        int decimal = suffix.isEmpty() ? DECIMAL_OFFSET : DECIMAL.indexOf(suffix);
        if (decimal >= 0) {
            return new Quantity(Quantity.toNano(number.scaleByPowerOfTen(decimal - DECIMAL_OFFSET)), QuantityFormat.DECIMAL_SI, t);
        }
        Matcher e = EXPONENT.matcher(suffix);
        if (e.matches()) {
            int exponent = Integer.parseInt(e.group(1));
            if (Math.abs(exponent) > MAX_EXPONENT) {
                throw new IllegalArgumentException("'" + text + "' has an exponent beyond ±" + MAX_EXPONENT
                        + "; no resource is that large or small, so check the value");
            }
            return new Quantity(Quantity.toNano(number.scaleByPowerOfTen(exponent)), QuantityFormat.DECIMAL_EXPONENT, t);
        }
        throw wrong(text);
    }

    private static IllegalArgumentException wrong(String text) {
        return new IllegalArgumentException("'" + text + "' is not a Kubernetes quantity; write a number with an optional suffix,"
                + " e.g. 500m or 0.5 for CPU, 256Mi, 1Gi or 1e9 for memory (suffixes are case-sensitive: Ki, Mi, Gi, k, M, G)");
    }
}
