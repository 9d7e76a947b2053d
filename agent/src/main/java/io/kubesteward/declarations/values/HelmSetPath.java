package io.kubesteward.declarations.values;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code --set} name as Helm's strvals reads it: dot-separated keys, a backslash escaping a dot; a list index
 * ({@code hosts[0]}) ends the path at the list, which Helm then replaces in part.
 */
final class HelmSetPath {
    private HelmSetPath() {
    }

    /** A {@code --set} value as Helm's strvals types it: {@code null}, booleans and integers; anything else a string. */
    static Object typed(String value) {
        if (value == null || value.equals("null")) {
            return null;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        if (value.matches("-?(0|[1-9][0-9]{0,17})")) {
            return Long.parseLong(value);
        }
        return value;
    }

    static List<String> split(String name) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\' && i + 1 < name.length()) {
                part.append(name.charAt(++i));
            } else if (c == '.') {
                parts.add(part.toString());
                part.setLength(0);
            } else if (c == '[') {
                break;
            } else {
                part.append(c);
            }
        }
        if (part.length() > 0 || parts.isEmpty()) {
            parts.add(part.toString());
        }
        return parts;
    }
}
