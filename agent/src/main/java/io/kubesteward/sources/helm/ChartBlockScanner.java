package io.kubesteward.sources.helm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A byte-level pre-scan that finds each chart's block in an index written in plain block style
 * (what {@code helm repo index} and every common generator write), so that only the wanted
 * charts go through the YAML parser. It reads a line only by its indentation: in YAML a line
 * indented at or above a chart key's level cannot belong to a scalar or flow collection nested
 * inside that chart. Anything it does not recognise with certainty (flow style, quoted or unusual
 * chart names, tabs, directives, several documents, no {@code entries:} line) makes it give up, and
 * the caller parses the whole document instead.
 */
final class ChartBlockScanner {
    private static final int HEAD = 256;

    private final List<ChartBlocks.Block> blocks = new ArrayList<>();
    private final byte[] head = new byte[HEAD];
    private final boolean countCodePoints;
    private long codePoints;
    private boolean failed;
    private boolean sawContent;
    private boolean entriesSeen;
    private boolean inEntries;
    private int keyIndent = -1;
    private String chart;
    private long chartStart;
    // per line
    private long lineStart;
    private int indent;
    private boolean atLineStart = true;
    private boolean skipping;
    private boolean tabInIndent;
    private int headLength;

    private ChartBlockScanner(boolean countCodePoints) {
        this.countCodePoints = countCodePoints;
    }

    /**
     * The chart blocks of {@code file}, or empty when its layout is not plain enough to trust.
     * Code points are counted only on request (a file of N bytes never has more than N), otherwise
     * the count reported is the byte length, an upper bound.
     */
    static Optional<ChartBlocks> scan(Path file, boolean countCodePoints) throws IOException {
        ChartBlockScanner s = new ChartBlockScanner(countCodePoints);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 20];
            long position = 0;
            int n;
            while (!s.failed && (n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                s.feed(buffer, n, position);
                position += n;
            }
            s.end(position);
        }
        return s.failed ? Optional.empty() : Optional.of(new ChartBlocks(List.copyOf(s.blocks), s.codePoints));
    }

    private void feed(byte[] buf, int n, long position) {
        int i = 0;
        if (position == 0) {
            i = startOfText(buf, n);
            lineStart = i;
        }
        if (countCodePoints) {
            for (int j = i; j < n; j++) {
                if ((buf[j] & 0xC0) != 0x80) {
                    codePoints++;
                }
            }
        }
        while (i < n && !failed) {
            if (skipping) {
                // the bulk of the file: lines nested deeper than a chart key, passed over unread
                int nl = newline(buf, i, n);
                if (nl == n) {
                    return;
                }
                newLine(position + nl + 1);
                i = nl + 1;
                continue;
            }
            byte b = buf[i];
            if (atLineStart) {
                lineStartByte(b, position + i);
            } else if (b == '\n') {
                analyse();
                newLine(position + i + 1);
            } else if (headLength < HEAD) {
                head[headLength++] = b;
            }
            i++;
        }
    }

    /** A small method of its own so that the JIT compiles it after a few calls, not after a loop's OSR. */
    private static int newline(byte[] buf, int from, int to) {
        int i = from;
        while (i < to && buf[i] != '\n') {
            i++;
        }
        return i;
    }

    private int startOfText(byte[] buf, int n) {
        if (n >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
            return 3;
        }
        if (n >= 2 && ((buf[0] & 0xff) == 0xFE || (buf[0] & 0xff) == 0xFF || buf[0] == 0 || buf[1] == 0)) {
            failed = true; // UTF-16 or UTF-32: leave it to the parser
        }
        return 0;
    }

    private void lineStartByte(byte b, long at) {
        switch (b) {
            case ' ' -> indent++;
            case '\t' -> tabInIndent = true;
            case '\r' -> { }
            case '\n' -> newLine(at + 1);
            case '#' -> skipping = true;
            default -> firstContentByte(b);
        }
    }

    private void firstContentByte(byte b) {
        atLineStart = false;
        if (indent > 0 && (!inEntries || (keyIndent >= 0 && indent > keyIndent))) {
            skipping = true; // nested content: the bulk of the file
        } else if (tabInIndent) {
            failed = true; // a tab where indentation decides the structure
        } else {
            headLength = 0;
            head[headLength++] = b;
        }
    }

    private void newLine(long next) {
        lineStart = next;
        indent = 0;
        atLineStart = true;
        skipping = false;
        tabInIndent = false;
        headLength = 0;
    }

    private void analyse() {
        String line = new String(head, 0, headLength, StandardCharsets.UTF_8).stripTrailing();
        boolean truncated = headLength == HEAD;
        if (indent == 0) {
            topLevelLine(line, truncated);
        } else {
            entriesLine(line, truncated);
        }
    }

    private void topLevelLine(String line, boolean truncated) {
        closeChart(lineStart);
        inEntries = false;
        if (line.equals("---") && !sawContent) {
            return;
        }
        if ("-?:[]{}%&*!|>'\"@`.".indexOf(line.charAt(0)) >= 0) {
            failed = true; // document markers, directives, flow or complex keys at the root
            return;
        }
        sawContent = true;
        if (!truncated && line.matches("entries:(\\s+#.*)?")) {
            failed = entriesSeen;
            entriesSeen = true;
            inEntries = true;
            keyIndent = -1;
        }
    }

    private void entriesLine(String line, boolean truncated) {
        if (keyIndent < 0) {
            keyIndent = indent;
        }
        if (indent < keyIndent) {
            failed = true;
        } else if (line.equals("-") || line.startsWith("- ")) {
            failed = chart == null; // a compact sequence item of the current chart
        } else {
            String key = plainKey(line);
            if (key == null) {
                failed = true;
            } else {
                closeChart(lineStart);
                chart = key;
                chartStart = lineStart;
            }
        }
    }

    /** A chart name spelled plainly, as Helm allows them; null for anything else. */
    static String plainKey(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ':') {
                boolean endsKey = i + 1 == line.length() || line.charAt(i + 1) == ' ';
                return endsKey && i > 0 && line.charAt(0) != '-' ? line.substring(0, i) : null;
            }
            if (!(Character.isLetterOrDigit(c) && c < 128) && ".-_/@+".indexOf(c) < 0) {
                return null;
            }
        }
        return null;
    }

    private void closeChart(long end) {
        if (chart != null) {
            blocks.add(new ChartBlocks.Block(chart, chartStart, end));
            chart = null;
        }
    }

    private void end(long length) {
        if (!failed && !atLineStart && !skipping) {
            analyse();
        }
        closeChart(length);
        if (!countCodePoints) {
            codePoints = length;
        }
        failed = failed || !entriesSeen;
    }
}
