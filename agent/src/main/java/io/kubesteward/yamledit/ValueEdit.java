package io.kubesteward.yamledit;

import io.kubesteward.model.Span;

/**
 * One value to write in place of the text at {@code span} of {@code path}, before quoting is decided.
 * {@code subject} names it for people ("redis in chart/Chart.yaml:7").
 */
record ValueEdit(String path, Span span, String value, String subject) {

    boolean sameSpan(ValueEdit other) {
        return path.equals(other.path) && span.start() == other.span.start() && span.end() == other.span.end();
    }

    boolean overlaps(ValueEdit other) {
        return path.equals(other.path) && span.start() < other.span.end() && other.span.start() < span.end();
    }
}
