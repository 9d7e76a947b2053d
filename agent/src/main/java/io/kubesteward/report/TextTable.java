package io.kubesteward.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: each column as wide as its widest cell up to a maximum, longer cells cut with
 * an ellipsis, except the one column that wraps (a reason, a remedy): it takes the width the
 * terminal has left and goes on over more lines. A {@link TableLayout#WIDE} table cuts and wraps nothing.
 */
final class TextTable {
    enum Align { LEFT, RIGHT }

    /** {@code floor}: how narrow a narrow terminal may make the column (never below its header). */
    record Column(String header, int maxWidth, int floor, Align align, boolean wraps, boolean keepEnd) {
        static Column left(String header, int maxWidth) {
            return new Column(header, maxWidth, Math.min(maxWidth, 12), Align.LEFT, false, false);
        }

        static Column right(String header, int maxWidth) {
            return new Column(header, maxWidth, maxWidth, Align.RIGHT, false, false);
        }

        /** A value read whole or not at all (a status): never cut below {@code maxWidth}. */
        static Column whole(String header, int maxWidth) {
            return new Column(header, maxWidth, maxWidth, Align.LEFT, false, false);
        }

        /** A file path (with its line): cut at its start, so the file name and line stay. */
        static Column path(String header, int maxWidth) {
            return new Column(header, maxWidth, Math.min(maxWidth, 30), Align.LEFT, false, true);
        }

        /** Free text that must be read whole: wrapped, never cut. */
        static Column wrapping(String header) {
            return new Column(header, Integer.MAX_VALUE, Integer.MAX_VALUE, Align.LEFT, true, false);
        }
    }

    private static final String GAP = "  ";

    private final List<Column> columns;
    private final boolean showHeader;
    private final List<String[]> rows = new ArrayList<>();

    TextTable(boolean showHeader, Column... columns) {
        this.columns = List.of(columns);
        this.showHeader = showHeader;
        if (this.columns.stream().filter(Column::wraps).count() > 1) {
            throw new IllegalArgumentException("a table wraps one column at most");
        }
    }

    void add(String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.length);
        }
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            row[i] = Text.oneLine(cells[i]);
        }
        rows.add(row);
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /**
     * Each line starts with {@code indent} and ends with a newline; trailing spaces are trimmed. When
     * the other columns leave the wrapped one less than {@link TableLayout#MIN_WRAP_WIDTH}, it goes
     * under its row instead, and the widest columns are cut until the row fits.
     */
    void appendTo(StringBuilder out, String indent, TableLayout layout) {
        List<String[]> cut = rows.stream().map(row -> cutRow(row, layout)).toList();
        int[] widths = naturalWidths(cut);
        int wrapped = wrappedColumn();
        if (wrapped < 0 || layout.wide()) {
            appendHeader(out, indent, widths, -1);
            cut.forEach(row -> appendRow(out, indent, row, widths, -1));
            return;
        }
        int fixed = Text.width(indent) + GAP.length() * (columns.size() - 1);
        for (int i = 0; i < widths.length; i++) {
            fixed += i == wrapped ? 0 : widths[i];
        }
        int room = layout.width() - fixed;
        if (room >= TableLayout.MIN_WRAP_WIDTH || widths[wrapped] <= room) {
            widths[wrapped] = Math.min(widths[wrapped], Math.max(room, 0));
            appendHeader(out, indent, widths, -1);
            for (String[] row : cut) {
                List<String> lines = TableLayout.wrap(row[wrapped], Math.max(1, widths[wrapped]));
                for (int l = 0; l < lines.size(); l++) {
                    String[] line = l == 0 ? row.clone() : blank(row.length);
                    line[wrapped] = lines.get(l);
                    appendRow(out, indent, line, widths, -1);
                }
            }
            return;
        }
        // the row without the wrapped column (and its gap) must fit
        List<String[]> narrowed = narrow(cut, widths, wrapped, fixed - GAP.length() - layout.width());
        appendHeader(out, indent, widths, wrapped);
        String under = indent + "    ";
        for (String[] row : narrowed) {
            appendRow(out, indent, row, widths, wrapped);
            if (!row[wrapped].isEmpty()) {
                out.append(layout.paragraph(under, row[wrapped], 0));
            }
        }
    }

    /** The columns other than {@code wrapped}, widest first, cut by {@code excess} in all (never below their floor). */
    private List<String[]> narrow(List<String[]> cut, int[] widths, int wrapped, int excess) {
        while (excess > 0) {
            int widest = -1;
            for (int i = 0; i < widths.length; i++) {
                if (i != wrapped && widths[i] > floor(i) && (widest < 0 || widths[i] > widths[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                break;
            }
            widths[widest]--;
            excess--;
        }
        return cut.stream().map(row -> {
            String[] r = row.clone();
            for (int i = 0; i < r.length; i++) {
                if (i != wrapped) {
                    r[i] = cutCell(r[i], widths[i], columns.get(i));
                }
            }
            return r;
        }).toList();
    }

    private int floor(int column) {
        return Math.max(columns.get(column).floor(), Text.width(columns.get(column).header()));
    }

    private int[] naturalWidths(List<String[]> cut) {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = showHeader ? Text.width(columns.get(i).header()) : 0;
            for (String[] row : cut) {
                widths[i] = Math.max(widths[i], Text.width(row[i]));
            }
        }
        return widths;
    }

    private int wrappedColumn() {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).wraps()) {
                return i;
            }
        }
        return -1;
    }

    private String[] cutRow(String[] row, TableLayout layout) {
        String[] cut = row.clone();
        for (int i = 0; i < cut.length; i++) {
            if (!columns.get(i).wraps() && !layout.wide()) {
                cut[i] = cutCell(cut[i], columns.get(i).maxWidth(), columns.get(i));
            }
        }
        return cut;
    }

    /** A path keeps its end (the file and line), anything else its start. */
    private static String cutCell(String cell, int max, Column column) {
        return column.keepEnd() ? Text.cutFront(cell, max) : Text.cut(cell, max);
    }

    private static String[] blank(int size) {
        String[] cells = new String[size];
        java.util.Arrays.fill(cells, "");
        return cells;
    }

    private void appendHeader(StringBuilder out, String indent, int[] widths, int skipped) {
        if (showHeader) {
            appendRow(out, indent, columns.stream().map(Column::header).toArray(String[]::new), widths, skipped);
        }
    }

    /** {@code skipped}: a column not shown in the row (-1: none). */
    private void appendRow(StringBuilder out, String indent, String[] cells, int[] widths, int skipped) {
        StringBuilder line = new StringBuilder(indent);
        boolean first = true;
        for (int i = 0; i < cells.length; i++) {
            if (i == skipped) {
                continue;
            }
            if (!first) {
                line.append(GAP);
            }
            first = false;
            String pad = " ".repeat(Math.max(0, widths[i] - Text.width(cells[i])));
            line.append(columns.get(i).align() == Align.RIGHT ? pad + cells[i] : cells[i] + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
