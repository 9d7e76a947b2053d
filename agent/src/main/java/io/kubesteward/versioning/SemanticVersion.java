package io.kubesteward.versioning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version as Helm 3 reads it: Masterminds/semver v3 {@code NewVersion}, which accepts partial
 * versions ({@code 1}, {@code 1.2}), a lowercase {@code v} prefix and leading zeros in the numeric
 * segments ({@code 01.2.3} reads as 1.2.3).
 *
 * <p>{@code original} is the text exactly as given and is what {@link #toString()} returns: Steward
 * writes versions back into users' files, so it never normalises them. Equality is the record's
 * (text included); ordering is semver precedence, where {@code 1.2}, {@code 1.2.0}, {@code v1.2.0}
 * and {@code 1.2.0+build.7} are all equal.
 *
 * @param original the text as given
 * @param major the major number, an unsigned 64-bit value as in Masterminds (read it with
 *     {@link Long#toUnsignedString(long)} if it could exceed {@link Long#MAX_VALUE})
 * @param minor the minor number, 0 when absent, unsigned like {@code major}
 * @param patch the patch number, 0 when absent, unsigned like {@code major}
 * @param preRelease the dot-separated identifiers after {@code -}; empty for a release
 * @param build the dot-separated identifiers after {@code +}; never used for ordering
 */
public record SemanticVersion(
        String original, long major, long minor, long patch, List<String> preRelease, List<String> build)
        implements Comparable<SemanticVersion> {

    public SemanticVersion {
        Objects.requireNonNull(original, "original");
        preRelease = List.copyOf(preRelease);
        build = List.copyOf(build);
    }

    /** Parses {@code text}; throws {@link IllegalArgumentException} saying what is wrong with it. */
    public static SemanticVersion parse(String text) {
        return SemanticVersionParser.parse(text);
    }

    /** Parses {@code text}, or returns empty when it is not a version Helm accepts. */
    public static Optional<SemanticVersion> tryParse(String text) {
        return SemanticVersionParser.tryParse(text);
    }

    public boolean isPreRelease() {
        return !preRelease.isEmpty();
    }

    /** True when the original text starts with {@code v}, so a replacement can keep the style. */
    public boolean hasVPrefix() {
        return original.startsWith("v");
    }

    /** Semver precedence: build metadata ignored, a pre-release below its release. */
    @Override
    public int compareTo(SemanticVersion other) {
        return SemverPrecedence.INSTANCE.compare(this, other);
    }

    @Override
    public String toString() {
        return original;
    }
}
