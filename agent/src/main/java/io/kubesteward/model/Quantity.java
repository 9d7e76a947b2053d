package io.kubesteward.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A Kubernetes resource quantity ({@code 500m}, {@code 0.5}, {@code 1Gi}, {@code 262144k},
 * {@code 1e3}), held exactly: {@link #amount()} is in base units (cores or bytes) with at most nine
 * decimals, rounded up to the nano as the API server does. Equal amounts are equal whatever their
 * text. {@link #text()} is what was written; computed values carry their canonical form.
 */
public final class Quantity implements Comparable<Quantity> {
    /** Nine decimals: the API server keeps nothing finer than {@code 1n}. */
    static final int NANO_SCALE = 9;
    public static final Quantity ZERO = of(BigDecimal.ZERO);

    private final BigDecimal amount;
    private final QuantityFormat format;
    private final String text;

    Quantity(BigDecimal amount, QuantityFormat format, String text) {
        this.amount = amount;
        this.format = format;
        this.text = text;
    }

    /** Parses any form the API server accepts; what it rejects, this rejects with a sentence saying how to write it. */
    /** Whether two texts are the same amount ({@code 0.5} and {@code 500m}); texts that are no quantity compare as text, nulls only equal nulls. */
    public static boolean sameAmount(String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        Quantity x = parse(a);
        Quantity y = parse(b);
        return x != null && y != null ? x.compareTo(y) == 0 : a.equals(b);
    }

    public static Quantity parse(String text) {
        return QuantityParser.parse(text);
    }

    /** A computed amount in base units (cores or bytes), rounded up to the nano; written canonically. */
    public static Quantity of(BigDecimal amount) {
        return computed(amount, QuantityFormat.DECIMAL_SI);
    }

    public static Quantity ofMillis(long millis) {
        return of(BigDecimal.valueOf(millis).movePointLeft(3));
    }

    public static Quantity ofBytes(long bytes) {
        return computed(BigDecimal.valueOf(bytes), QuantityFormat.BINARY_SI);
    }

    public static Quantity ofMebibytes(BigDecimal mebibytes) {
        return computed(mebibytes.multiply(BigDecimal.valueOf(1L << 20)), QuantityFormat.BINARY_SI);
    }

    static Quantity computed(BigDecimal amount, QuantityFormat format) {
        BigDecimal exact = toNano(amount);
        Quantity q = new Quantity(exact, format, null);
        return new Quantity(exact, format, QuantityText.canonical(q));
    }

    static BigDecimal toNano(BigDecimal amount) {
        BigDecimal rounded = amount.scale() > NANO_SCALE ? amount.setScale(NANO_SCALE, RoundingMode.UP) : amount;
        return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
    }

    /** In base units: cores for CPU, bytes for memory. */
    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal millis() {
        return amount.movePointRight(3);
    }

    public BigDecimal mebibytes() {
        return amount.divide(BigDecimal.valueOf(1L << 20));
    }

    /** As written, or the canonical form for a computed value. */
    public String text() {
        return text;
    }

    /** Which family of suffixes the value was written in; the API server keeps it when it re-emits a value. */
    public QuantityFormat format() {
        return format;
    }

    /** The form the API server itself writes back for this value, e.g. {@code 1.5Gi} → {@code 1536Mi}, {@code 0.5} → {@code 500m}. */
    public String canonical() {
        return QuantityText.canonical(this);
    }

    /**
     * This value written the way {@code existing} is written: {@code 250m} stays in millicores,
     * {@code 0.25}/{@code 1} in cores, {@code 2Gi} in Gi, {@code 512Mi} in Mi. Where that style
     * cannot say the value exactly (2Gi style for 1088Mi, {@code 262144k} for 704Mi) it uses the
     * nearest readable unit (Mi). Never rounds: the policy rounds before it formats.
     */
    public String formatLike(String existing) {
        return QuantityText.formatLike(this, existing);
    }

    /** Another amount written in this value's format (so a byte count computed from {@code 2Gi} reads {@code 1088Mi}). */
    public Quantity withAmount(BigDecimal newAmount) {
        return computed(newAmount, format);
    }

    public Quantity plus(Quantity other) {
        return computed(amount.add(other.amount), format);
    }

    public Quantity minus(Quantity other) {
        return computed(amount.subtract(other.amount), format);
    }

    /** Multiplied by an exact factor, rounded up to the nano. */
    public Quantity times(BigDecimal factor) {
        return computed(amount.multiply(factor), format);
    }

    /** {@code this × numerator / denominator}, rounded up to the nano (e.g. a request scaled by a limit/request ratio). */
    public Quantity scaled(Quantity numerator, Quantity denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("cannot scale by a ratio over zero");
        }
        BigDecimal product = amount.multiply(numerator.amount);
        return computed(product.divide(denominator.amount, NANO_SCALE, RoundingMode.UP), format);
    }

    /** {@code this / other} as a plain number with twelve decimals, rounded half up. */
    public BigDecimal ratioTo(Quantity other) {
        return amount.divide(other.amount, 12, RoundingMode.HALF_UP);
    }

    public Quantity max(Quantity other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Quantity min(Quantity other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean isAbove(Quantity other) {
        return compareTo(other) > 0;
    }

    public boolean isBelow(Quantity other) {
        return compareTo(other) < 0;
    }

    public int signum() {
        return amount.signum();
    }

    /** True when the amount is a whole number of base units (whole cores, whole bytes). */
    public boolean isWhole() {
        return amount.signum() == 0 || amount.stripTrailingZeros().scale() <= 0;
    }

    @Override
    public int compareTo(Quantity other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quantity q && amount.compareTo(q.amount) == 0;
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
