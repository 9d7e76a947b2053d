package io.kubesteward.declarations.yaml;

/**
 * One Go template action {@code {{ … }}} of a file: its char range and text (braces included).
 * A {@code control} action ({@code if}, {@code range}, {@code end}, assignments, comments) writes
 * nothing itself.
 */
public record TemplateAction(int start, int end, String text, boolean control) {

    /** The text between the braces, without trim markers and surrounding blanks. */
    public String inner() {
        String inner = text.substring(2, text.length() - 2);
        if (inner.startsWith("-")) {
            inner = inner.substring(1);
        }
        if (inner.endsWith("-")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        return inner.strip();
    }
}
