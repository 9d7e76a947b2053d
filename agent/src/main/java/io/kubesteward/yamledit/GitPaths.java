package io.kubesteward.yamledit;

import java.nio.charset.StandardCharsets;

/** Paths in diff headers as git writes them: C-quoted when they hold quotes, backslashes, control or non-ASCII characters. */
final class GitPaths {
    private GitPaths() {
    }

    static String quote(String prefix, String path) {
        String name = prefix + path;
        if (name.chars().noneMatch(c -> c == '"' || c == '\\' || c < 0x20 || c >= 0x7f)) {
            return name;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\t' -> quoted.append("\\t");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (c < 0x20 || c >= 0x7f) {
                        quoted.append('\\').append(String.format("%03o", c));
                    } else {
                        quoted.append((char) c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
