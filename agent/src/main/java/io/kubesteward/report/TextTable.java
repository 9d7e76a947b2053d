package io.kubesteward.report;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table: each column as wide as its widest cell up to a maximum, longer cells cut with an ellipsis. */
final class TextTable {
    enum Align { LEFT, RIGHT }

    record Column(String header, int maxWidth, Align align) {
        static Column left(String header, int maxWidth) {
            return new Column(header, maxWidth, Align.LEFT);
        }

        static Column right(String header, int maxWidth) {
            return new Column(header, maxWidth, Align.RIGHT);
        }
    }

    private static final String GAP = "  ";

    private final List<Column> columns;
    private final boolean showHeader;
    private final List<String[]> rows = new ArrayList<>();

    TextTable(boolean showHeader, Column... columns) {
        this.columns = List.of(columns);
        this.showHeader = showHeader;
    }

    void add(String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.length);
        }
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            row[i] = Text.cut(Text.oneLine(cells[i]), columns.get(i).maxWidth());
        }
        rows.add(row);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Each line starts with {@code indent} and ends with a newline; trailing spaces are trimmed. */
    void appendTo(StringBuilder out, String indent) {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = showHeader ? Text.width(columns.get(i).header()) : 0;
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], Text.width(row[i]));
            }
        }
        if (showHeader) {
            appendRow(out, indent, columns.stream().map(Column::header).toArray(String[]::new), widths);
        }
        for (String[] row : rows) {
            appendRow(out, indent, row, widths);
        }
    }

    private void appendRow(StringBuilder out, String indent, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder(indent);
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(GAP);
            }
            String pad = " ".repeat(widths[i] - Text.width(cells[i]));
            line.append(columns.get(i).align() == Align.RIGHT ? pad + cells[i] : cells[i] + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
