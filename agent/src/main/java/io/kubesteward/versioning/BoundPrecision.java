package io.kubesteward.versioning;

/**
 * How much of its version a comparison spells out before a wildcard ({@code x}, {@code X},
 * {@code *}) or the end. Masterminds calls the first three "dirty"; {@code MAJOR} is its
 * {@code minorDirty} and {@code MINOR} its {@code patchDirty}.
 */
public enum BoundPrecision {
    /** {@code *}, {@code x.1.2}: nothing fixed; the bound reads as 0.0.0. */
    NONE,
    /** {@code 1}, {@code 1.x}: the major only. */
    MAJOR,
    /** {@code 1.2}, {@code 1.2.x}: major and minor. */
    MINOR,
    /** {@code 1.2.3}: a full version. */
    PATCH
}
