package io.kubesteward.config;

/**
 * Jackson places an unknown key's error at the value after it; people need the key itself. Looks
 * back from the reported line for the nearest line holding {@code key:}.
 */
final class KeyPosition {
    private KeyPosition() {
    }

    /** {line, column}, 1-based, or null when the key is not found near the reported line. */
    static int[] find(String content, String key, int reportedLine) {
        String[] lines = content.split("\r?\n", -1);
        for (int line = Math.min(reportedLine, lines.length); line >= 1 && line > reportedLine - 50; line--) {
            String text = lines[line - 1];
            int at = indexOfKey(text, key);
            if (at >= 0) {
                return new int[] {line, at + 1};
            }
        }
        return null;
    }

    private static int indexOfKey(String text, String key) {
        int from = 0;
        while (true) {
            int at = text.indexOf(key, from);
            if (at < 0) {
                return -1;
            }
            boolean startsToken = at == 0 || " \t{,-\"'".indexOf(text.charAt(at - 1)) >= 0;
            int after = at + key.length();
            boolean quoted = after < text.length() && (text.charAt(after) == '"' || text.charAt(after) == '\'');
            int colon = quoted ? after + 1 : after;
            if (startsToken && colon < text.length() && text.charAt(colon) == ':') {
                return at;
            }
            from = at + 1;
        }
    }

    /**
     * Line and column of the {@code n}-th (0-based) {@code key:} below the top-level {@code section:}, block or flow
     * style; {0, 0} when not found.
     */
    static int[] nthInSection(String content, String section, String key, int n) {
        String[] lines = content.split("\r?\n", -1);
        java.util.regex.Pattern written = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(key) + "\\s*:");
        boolean inside = false;
        int seen = 0;
        for (int line = 0; line < lines.length; line++) {
            String text = lines[line];
            if (!text.isEmpty() && !Character.isWhitespace(text.charAt(0)) && !text.startsWith("#") && !text.startsWith("-")) {
                inside = text.startsWith(section + ":") || text.startsWith(section + " :");
            }
            if (inside) {
                java.util.regex.Matcher m = written.matcher(text);
                while (m.find()) {
                    if (seen++ == n) {
                        return new int[] {line + 1, m.start() + 1};
                    }
                }
            }
        }
        return new int[] {0, 0};
    }

    /** Line and column of the document's own key {@code key:} (at the start of a line, anywhere in the file); null when absent. */
    static int[] topLevel(String content, String key) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + java.util.regex.Pattern.quote(key) + "\\s*:").matcher(content);
        return m.find() ? new int[] {(int) content.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1, 1} : null;
    }
}
