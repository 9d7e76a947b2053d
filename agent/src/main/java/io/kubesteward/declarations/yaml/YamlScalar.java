package io.kubesteward.declarations.yaml;

import io.kubesteward.model.Span;

/**
 * A scalar value read from a file. {@code span} locates exactly {@code value} (between the quotes of
 * a quoted scalar) and is null when the text differs from the value (escapes, folding, block
 * scalars), because then there is no safe place to edit. {@code offset} and {@code line} locate the
 * node even without a span.
 */
public record YamlScalar(String value, Span span, int offset, int line) {
}
