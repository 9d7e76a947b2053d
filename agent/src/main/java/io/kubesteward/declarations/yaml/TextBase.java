package io.kubesteward.declarations.yaml;

import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * Maps SnakeYAML marks of one parse to positions in the whole file. A file is parsed again from a
 * later document after a syntax error, so a parse can start at {@code charStart} (always the start
 * of a line) rather than at the beginning of the file.
 */
record TextBase(String content, CodePointIndex codePoints, int charStart, int codePointStart, int line) {

    static TextBase at(String content, CodePointIndex codePoints, int charStart, int line) {
        return new TextBase(content, codePoints, charStart, codePoints.toCodePoint(charStart), line);
    }

    int charOffset(Mark mark) {
        return codePoints.toChar(codePointStart + mark.getIndex());
    }

    /** 1-based line in the file. */
    int line(Mark mark) {
        return line + mark.getLine() + 1;
    }
}
