package io.kubesteward.sources.oci;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code WWW-Authenticate} challenge: {@code Bearer realm="…",service="…",scope="…"} (the
 * distribution token flow) or {@code Basic realm="…"}. Parameters may be quoted, with
 * backslash escapes, and quoted values may hold commas ({@code scope="repository:a:pull,push"}).
 */
record AuthChallenge(String scheme, Map<String, String> params) {

    static Optional<AuthChallenge> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String text = header.trim();
        int space = text.indexOf(' ');
        String scheme = (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
        if (!scheme.equals("bearer") && !scheme.equals("basic")) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        int i = space < 0 ? text.length() : space + 1;
        while (i < text.length()) {
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = text.substring(i, eq).replace(",", " ").trim().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            int j = eq + 1;
            if (j < text.length() && text.charAt(j) == '"') {
                for (j++; j < text.length() && text.charAt(j) != '"'; j++) {
                    if (text.charAt(j) == '\\' && j + 1 < text.length()) {
                        j++;
                    }
                    value.append(text.charAt(j));
                }
                j++;
            } else {
                for (; j < text.length() && text.charAt(j) != ','; j++) {
                    value.append(text.charAt(j));
                }
            }
            params.putIfAbsent(key, value.toString().trim());
            i = j;
        }
        return Optional.of(new AuthChallenge(scheme, Map.copyOf(params)));
    }

    boolean bearer() {
        return scheme.equals("bearer");
    }

    String param(String name) {
        return params.get(name);
    }
}
