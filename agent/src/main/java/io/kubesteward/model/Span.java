package io.kubesteward.model;

/**
 * Where a value sits in a file's text: {@code start} and {@code end} are Java {@code char} offsets
 * into the file content as a String (end exclusive); {@code line} and {@code column} are 1-based and
 * for people.
 */
public record Span(int start, int end, int line, int column) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public String cut(String content) {
        return content.substring(start, end);
    }
}
