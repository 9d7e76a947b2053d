package io.kubesteward.declarations.images;

import io.kubesteward.declarations.yaml.YamlScalar;
import io.kubesteward.model.Span;

/** Spans of parts of a value: a tag inside an image reference, a version inside a URL or a line. */
public final class TextSpans {
    private TextSpans() {
    }

    /**
     * The span of {@code value.substring(from, to)} of a single-line scalar, or null when the scalar
     * has no span (its text differs from its value).
     */
    public static Span within(YamlScalar scalar, int from, int to) {
        Span whole = scalar.span();
        if (whole == null) {
            return null;
        }
        return new Span(whole.start() + from, whole.start() + to, whole.line(),
                whole.column() + scalar.value().codePointCount(0, from));
    }

    /** The span of {@code content.substring(start, end)}, with line and column counted as an editor shows them. */
    public static Span at(String content, int start, int end) {
        int line = 1;
        for (int i = content.indexOf('\n'); i >= 0 && i < start; i = content.indexOf('\n', i + 1)) {
            line++;
        }
        int lineStart = content.lastIndexOf('\n', start - 1) + 1;
        if (lineStart == 0 && content.startsWith("\uFEFF") && start > 0) {
            lineStart = 1;
        }
        return new Span(start, end, line, content.codePointCount(lineStart, start) + 1);
    }
}
