package io.kubesteward.declarations.annotations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code KEY: value} or {@code KEY=value} line an annotation stands above: a YAML key
 * (optionally a list item), an env file, a shell {@code export} or a Dockerfile {@code ENV}/{@code ARG}.
 * The value is the text after the separator: inside its quotes when quoted, else up to the first
 * blank. {@code start} and {@code end} are char offsets of the value in the line.
 */
record ValueLine(String key, String value, int start, int end) {
    private static final Pattern LINE = Pattern.compile(
            "^\\s*(?:-\\s+)?(?:(?:export|ENV|ARG)\\s+)?([\"']?)([A-Za-z0-9_.\\-/]+)\\1\\s*(?::(?=\\s|$)|=)[ \\t]*(.*)$");

    /** The key and value of {@code line} (without its line break), or null when it is no such line. */
    static ValueLine parse(String line) {
        Matcher matcher = LINE.matcher(line);
        if (!matcher.matches()) {
            return null;
        }
        String key = matcher.group(2);
        int start = matcher.start(3);
        String rest = matcher.group(3);
        if (rest.startsWith("\"") || rest.startsWith("'")) {
            int close = rest.indexOf(rest.charAt(0), 1);
            if (close < 0) {
                return null;
            }
            return new ValueLine(key, rest.substring(1, close), start + 1, start + close);
        }
        int end = 0;
        while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
            end++;
        }
        return new ValueLine(key, rest.substring(0, end), start, start + end);
    }
}
