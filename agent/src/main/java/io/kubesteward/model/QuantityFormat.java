package io.kubesteward.model;

/** The three ways Kubernetes writes a quantity; it keeps the one a value was parsed with. */
public enum QuantityFormat {
    /** Powers of 1024: {@code Ki}, {@code Mi}, {@code Gi}, {@code Ti}, {@code Pi}, {@code Ei}. */
    BINARY_SI,
    /** Powers of 1000 and none: {@code n}, {@code u}, {@code m}, plain, {@code k}, {@code M}, {@code G}, {@code T}, {@code P}, {@code E}. */
    DECIMAL_SI,
    /** {@code 1e3}, {@code 12E6}. */
    DECIMAL_EXPONENT
}
