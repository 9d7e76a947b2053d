package io.kubesteward.yamledit;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a file: its text without the line ending, and the ending itself ({@code "\n"},
 * {@code "\r\n"}, or {@code ""} for a last line without one). Lines are equal only with equal
 * endings, so a diff never loses a {@code \r}.
 */
record DiffLine(String text, String ending) {

    static List<DiffLine> split(String content) {
        List<DiffLine> lines = new ArrayList<>();
        int start = 0;
        while (start < content.length()) {
            int newline = content.indexOf('\n', start);
            if (newline < 0) {
                lines.add(new DiffLine(content.substring(start), ""));
                break;
            }
            boolean crlf = newline > start && content.charAt(newline - 1) == '\r';
            lines.add(new DiffLine(content.substring(start, crlf ? newline - 1 : newline), crlf ? "\r\n" : "\n"));
            start = newline + 1;
        }
        return lines;
    }
}
