package io.kubesteward.report;

import java.util.ArrayList;
import java.util.List;

/**
 * How wide the terminal report may be. {@code table} fits {@code width} columns: identifiers are
 * cut at their column's maximum, while reasons, remedies and titles wrap onto more lines, so no
 * advice is ever cut; {@code wide} cuts and wraps nothing (each row one line, for grep and wide windows).
 */
public record TableLayout(int width, boolean wide) {
    /** When the terminal's width is unknown (output to a file or a pipe). */
    public static final int DEFAULT_WIDTH = 120;
    /** A wrapped column is never narrower than this, even when the terminal is. */
    static final int MIN_WRAP_WIDTH = 30;

    public static final TableLayout WIDE = new TableLayout(Integer.MAX_VALUE, true);

    public TableLayout {
        if (width <= 0) {
            throw new IllegalArgumentException("a table needs a positive width, got " + width);
        }
    }

    /** {@code columns} ≤ 0 means unknown: {@link #DEFAULT_WIDTH}. */
    public static TableLayout fitting(int columns) {
        return new TableLayout(columns > 0 ? columns : DEFAULT_WIDTH, false);
    }

    /** A cell of a column that is cut: unchanged when wide. */
    String cut(String cell, int max) {
        return wide ? cell : Text.cut(cell, max);
    }

    /**
     * Free text after {@code indent}: one line when wide, else wrapped at the width with each
     * further line indented by {@code indent} plus {@code hanging} spaces.
     */
    String paragraph(String indent, String text, int hanging) {
        return paragraph(indent, text, indent + " ".repeat(hanging));
    }

    /** Free text after {@code lead} on its first line and after {@code further} on the others. */
    String paragraph(String lead, String text, String further) {
        String one = Text.oneLine(text);
        if (wide) {
            return (lead + one).stripTrailing() + "\n";
        }
        List<String> lines = wrap(one, room(lead), room(further));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            b.append(((i == 0 ? lead : further) + lines.get(i)).stripTrailing()).append('\n');
        }
        return b.toString();
    }

    private int room(String indent) {
        return Math.max(MIN_WRAP_WIDTH, width - Text.width(indent));
    }

    /** Greedy word wrap at {@code width} code points; a word longer than that is broken. Never empty. */
    static List<String> wrap(String text, int width) {
        return wrap(text, width, width);
    }

    /** As {@link #wrap(String, int)}, the first line {@code firstWidth} wide and the rest {@code width}. */
    static List<String> wrap(String text, int firstWidth, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            while (!word.isEmpty()) {
                int room = lines.isEmpty() ? firstWidth : width;
                int used = line.length() == 0 ? 0 : Text.width(line.toString()) + 1;
                if (used + Text.width(word) <= room) {
                    line.append(used == 0 ? "" : " ").append(word);
                    break;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    continue;
                }
                int end = word.offsetByCodePoints(0, room);
                lines.add(word.substring(0, end));
                word = word.substring(end);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
