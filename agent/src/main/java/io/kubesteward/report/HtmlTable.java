package io.kubesteward.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table the page's script can sort by any column (a click on its header); without the script it
 * reads as it is. Cells are HTML already escaped by the caller; a sort key, when given, is escaped here.
 */
final class HtmlTable {
    enum Sort { TEXT, NUMBER }

    record Column(String header, Sort sort) {
        static Column text(String header) {
            return new Column(header, Sort.TEXT);
        }

        static Column number(String header) {
            return new Column(header, Sort.NUMBER);
        }
    }

    /** One cell: its HTML and the key it sorts by (null: its text). */
    record Cell(String html, String sortKey) {
        static Cell of(String html) {
            return new Cell(html, null);
        }

        static Cell sorted(String html, String key) {
            return new Cell(html, key);
        }
    }

    private final String id;
    private final List<Column> columns;
    private final List<List<Cell>> rows = new ArrayList<>();
    private final List<String> rowClasses = new ArrayList<>();

    HtmlTable(String id, Column... columns) {
        this.id = id;
        this.columns = List.of(columns);
    }

    HtmlTable add(String rowClass, Cell... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        rowClasses.add(rowClass);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void appendTo(StringBuilder b) {
        b.append("<div class=\"scroll\"><table class=\"sortable\" id=\"").append(Html.text(id)).append("\"><thead><tr>");
        for (Column c : columns) {
            b.append("<th scope=\"col\" data-sort=\"").append(c.sort() == Sort.NUMBER ? "number" : "text").append("\">")
                    .append(Html.text(c.header())).append("</th>");
        }
        b.append("</tr></thead><tbody>\n");
        for (int r = 0; r < rows.size(); r++) {
            String rowClass = rowClasses.get(r);
            b.append(rowClass == null ? "<tr>" : "<tr class=\"" + Html.text(rowClass) + "\">");
            for (Cell cell : rows.get(r)) {
                b.append(cell.sortKey() == null ? "<td>" : "<td data-key=\"" + Html.text(cell.sortKey()) + "\">").append(cell.html())
                        .append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></div>\n");
    }
}
