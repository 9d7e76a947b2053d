package io.kubesteward.report;

import java.util.List;

/** Markdown layout for text that is already sanitised or trusted. */
final class Markdown {
    private Markdown() {
    }

    /**
     * A table cell: pipes escaped (GFM splits on them even inside code spans) and line breaks as
     * {@code <br>}, so that a value can never add a column or end the row.
     */
    static String cell(String markdown) {
        return Text.orEmpty(markdown).replace("\r\n", "\n").replace('\r', '\n')
                .replace("|", "\\|").replace("\n", "<br>");
    }

    static void table(StringBuilder out, List<String> headers, List<List<String>> rows) {
        row(out, headers);
        out.append('|');
        headers.forEach(h -> out.append(" --- |"));
        out.append('\n');
        rows.forEach(r -> row(out, r));
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String c : cells) {
            String cell = cell(c);
            out.append(cell.isEmpty() ? " |" : " " + cell + " |");
        }
        out.append('\n');
    }

    /** A code span for a value in a table or sentence (versions, paths, branch names). */
    static String code(String untrusted) {
        return MarkdownSanitizer.code(untrusted, 200);
    }
}
