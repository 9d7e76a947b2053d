package io.kubesteward.declarations.yaml;

import io.kubesteward.model.Span;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Finds the exact text of a scalar's value, so that an edit replaces only the value and keeps its quoting. */
final class ScalarSpans {
    private ScalarSpans() {
    }

    /** The span of the value, or null when the text between the marks is not the value itself. */
    static Span spanOf(ScalarNode node, TextBase base) {
        Mark startMark = node.getStartMark().orElse(null);
        Mark endMark = node.getEndMark().orElse(null);
        if (startMark == null || endMark == null) {
            return null;
        }
        String content = base.content();
        int start = base.charOffset(startMark);
        int end = base.charOffset(endMark);
        // a node's start mark sits on its anchor or tag, if it has one
        int valueStart = skipProperties(content, start, end);
        int valueEnd = end;
        switch (node.getScalarStyle()) {
            case PLAIN -> {
            }
            case DOUBLE_QUOTED, SINGLE_QUOTED -> {
                char quote = node.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED ? '"' : '\'';
                if (valueEnd - valueStart < 2 || content.charAt(valueStart) != quote || content.charAt(valueEnd - 1) != quote) {
                    return null;
                }
                valueStart++;
                valueEnd--;
            }
            default -> {
                return null;
            }
        }
        if (valueStart > valueEnd || !content.substring(valueStart, valueEnd).equals(node.getValue())) {
            return null;
        }
        int line = base.line(startMark) + countNewlines(content, start, valueStart);
        return new Span(valueStart, valueEnd, line, TextLines.column(content, valueStart));
    }

    private static int skipProperties(String content, int position, int end) {
        int at = position;
        while (at < end && (content.charAt(at) == '&' || content.charAt(at) == '!')) {
            while (at < end && !Character.isWhitespace(content.charAt(at))) {
                at++;
            }
            at = skipBlanksAndComments(content, at, end);
        }
        return at;
    }

    private static int skipBlanksAndComments(String content, int position, int end) {
        int at = position;
        while (at < end) {
            char c = content.charAt(at);
            if (c == '#') {
                while (at < end && content.charAt(at) != '\n') {
                    at++;
                }
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                at++;
            } else {
                break;
            }
        }
        return at;
    }

    private static int countNewlines(String content, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (content.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
