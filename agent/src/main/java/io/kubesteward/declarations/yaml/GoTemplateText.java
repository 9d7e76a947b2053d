package io.kubesteward.declarations.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Go-templated file made readable as YAML without rendering it, every char offset kept: control
 * actions become blanks, other actions a run of {@link #PLACEHOLDER} (so {@code version: {{ x }}}
 * stays a plain scalar), and a line holding nothing but template output (a {@code toYaml} block)
 * becomes a comment and is listed in {@code unrendered}, since what it writes is unknown. Of an
 * {@code if … else … end} only the first branch is kept (alternatives usually write the same keys,
 * which would be duplicates); {@code conditional} lists those first branches, whose values depend
 * on how the condition renders. {@code unterminatedAt} is the offset of a {@code {{} that never
 * closes, or -1.
 */
public record GoTemplateText(
        String masked, List<TemplateAction> actions, List<TemplateAction> unrendered, List<Branch> conditional, int unterminatedAt) {
    /** A private-use character: valid in a YAML plain scalar and never in a real value. */
    public static final char PLACEHOLDER = '\uE000';
    private static final Pattern CONTROL = Pattern.compile(
            "^(?:(?:if|else|end|range|with|define|block|break|continue)\\b|/\\*|\\$[A-Za-z0-9_]*\\s*:?=)");

    /** The first branch of a condition with alternatives: from the end of {@code opening} to {@code end}. */
    public record Branch(TemplateAction opening, int end) {
        public boolean contains(int offset) {
            return offset >= opening.end() && offset < end;
        }
    }

    public GoTemplateText {
        actions = List.copyOf(actions);
        unrendered = List.copyOf(unrendered);
        conditional = List.copyOf(conditional);
    }

    /** A text that is not a template. */
    public static GoTemplateText plain(String content) {
        return new GoTemplateText(content, List.of(), List.of(), List.of(), -1);
    }

    public static GoTemplateText of(String content) {
        List<TemplateAction> actions = new ArrayList<>();
        int unterminatedAt = -1;
        for (int open = content.indexOf("{{"); open >= 0; ) {
            int close = closeOf(content, open + 2);
            if (close < 0) {
                unterminatedAt = open;
                break;
            }
            TemplateAction action = new TemplateAction(open, close, content.substring(open, close), false);
            actions.add(new TemplateAction(open, close, action.text(), CONTROL.matcher(action.inner()).find()));
            open = content.indexOf("{{", close);
        }
        char[] text = content.toCharArray();
        for (TemplateAction action : actions) {
            for (int i = action.start(); i < action.end(); i++) {
                if (text[i] != '\n' && text[i] != '\r') {
                    text[i] = action.control() ? ' ' : PLACEHOLDER;
                }
            }
        }
        List<Branch> conditional = ControlBlocks.blankAlternatives(text, actions);
        List<TemplateAction> unrendered = blankOutputLines(text, actions);
        return new GoTemplateText(new String(text), actions, unrendered, conditional, unterminatedAt);
    }

    /** The end (exclusive) of the action whose text starts at {@code from}, after the opening braces; -1 if none. */
    private static int closeOf(String content, int from) {
        int at = from;
        while (at < content.length() && (content.charAt(at) == '-' || content.charAt(at) == ' ')) {
            at++;
        }
        if (content.startsWith("/*", at)) {
            int commentEnd = content.indexOf("*/", at + 2);
            return commentEnd < 0 ? -1 : closeOf(content, commentEnd + 2);
        }
        while (at < content.length()) {
            char c = content.charAt(at);
            if (c == '"' || c == '`' || c == '\'') {
                at = stringEnd(content, at, c);
                if (at < 0) {
                    return -1;
                }
            } else if (content.startsWith("}}", at)) {
                return at + 2;
            } else {
                at++;
            }
        }
        return -1;
    }

    private static int stringEnd(String content, int open, char quote) {
        for (int at = open + 1; at < content.length(); at++) {
            char c = content.charAt(at);
            if (c == '\\' && quote != '`') {
                at++;
            } else if (c == quote) {
                return at + 1;
            } else if (c == '\n' && quote != '`') {
                return -1;
            }
        }
        return -1;
    }

    private static List<TemplateAction> blankOutputLines(char[] text, List<TemplateAction> actions) {
        List<TemplateAction> unrendered = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length) {
            int lineEnd = lineStart;
            int output = -1;
            boolean other = false;
            for (; lineEnd < text.length && text[lineEnd] != '\n'; lineEnd++) {
                output = output < 0 && text[lineEnd] == PLACEHOLDER ? lineEnd : output;
                other |= text[lineEnd] != PLACEHOLDER && !Character.isWhitespace(text[lineEnd]);
            }
            if (output >= 0 && !other) {
                for (int i = lineStart; i < lineEnd; i++) {
                    text[i] = text[i] == '\r' ? '\r' : ' ';
                }
                // a comment, not a blank line: a block scalar left with only blank lines of many
                // spaces before a less indented line is a YAML error
                text[output] = '#';
                TemplateAction first = firstOutputAt(actions, lineStart, lineEnd);
                if (first != null && !unrendered.contains(first)) {
                    unrendered.add(first);
                }
            }
            lineStart = lineEnd + 1;
        }
        return unrendered;
    }

    private static TemplateAction firstOutputAt(List<TemplateAction> actions, int lineStart, int lineEnd) {
        for (TemplateAction action : actions) {
            if (!action.control() && action.start() < lineEnd && action.end() > lineStart) {
                return action;
            }
        }
        return null;
    }
}
