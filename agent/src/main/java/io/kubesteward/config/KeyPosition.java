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
}
