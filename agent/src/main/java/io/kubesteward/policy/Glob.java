package io.kubesteward.policy;

import java.util.regex.Pattern;

/**
 * Shell-style globs. For paths {@code *} matches within one segment and {@code **} across segments;
 * for names and URLs ({@link #loose}) {@code *} matches anything, since nobody means a segment there.
 */
record Glob(String text, Pattern pattern) {
    static Glob loose(String text) {
        return of(text.replace("**", "*").replace("*", "**"));
    }

    static Glob of(String text) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                re.append(".*");
                i++;
                if (i + 1 < text.length() && text.charAt(i + 1) == '/') {
                    re.append("/?");
                    i++;
                }
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new Glob(text, Pattern.compile(re.toString()));
    }

    boolean matches(String value) {
        return value != null && pattern.matcher(value).matches();
    }
}
