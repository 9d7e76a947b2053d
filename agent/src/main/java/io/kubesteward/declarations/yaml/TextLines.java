package io.kubesteward.declarations.yaml;

/** Line and column of a char offset, as an editor shows them: 1-based, columns in code points, a BOM not counted. */
final class TextLines {
    private TextLines() {
    }

    static int line(String content, int offset) {
        int line = 1;
        for (int i = content.indexOf('\n'); i >= 0 && i < offset; i = content.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }

    static int column(String content, int offset) {
        int lineStart = content.lastIndexOf('\n', offset - 1) + 1;
        if (lineStart == 0 && content.startsWith("\uFEFF") && offset > 0) {
            lineStart = 1;
        }
        return content.codePointCount(lineStart, offset) + 1;
    }
}
