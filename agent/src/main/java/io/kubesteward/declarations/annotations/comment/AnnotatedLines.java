package io.kubesteward.declarations.annotations.comment;

/**
 * Finds the annotation comment that governs a line: the nearest non-blank line above it, when that
 * line is an annotation. Other extractors ask this so that a value someone annotated is declared
 * once, by the annotation, and not a second time by a guess from its key.
 */
public final class AnnotatedLines {
    private AnnotatedLines() {
    }

    /** The annotation above the line holding char {@code offset} of {@code content}, or null. */
    public static AnnotationComment above(String content, int offset) {
        int lineStart = offset == 0 ? 0 : content.lastIndexOf('\n', offset - 1) + 1;
        while (lineStart > 0) {
            int previousEnd = lineStart - 1;
            int previousStart = content.lastIndexOf('\n', previousEnd - 1) + 1;
            String previous = content.substring(previousStart, previousEnd);
            if (!previous.isBlank()) {
                return AnnotationComment.parse(stripCarriageReturn(previous));
            }
            lineStart = previousStart;
        }
        return null;
    }

    public static boolean isAnnotated(String content, int offset) {
        return above(content, offset) != null;
    }

    static String stripCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
