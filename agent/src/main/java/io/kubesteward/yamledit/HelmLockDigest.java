package io.kubesteward.yamledit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code digest} of a {@code Chart.lock} as Helm computes it ({@code resolver.HashReq}): the SHA-256 of the Go
 * JSON encoding of {@code [requirements, locked]}, each a list of Helm's {@code chart.Dependency} (fields in its
 * order, empty ones left out as its {@code omitempty} tags say, strings escaped as Go's encoder does). {@code helm
 * dependency build}, and the tools that run it (Flux, Argo CD), refuse a lock whose digest does not match.
 */
final class HelmLockDigest {
    /** One {@code chart.Dependency}; {@code importValues} holds strings and string maps, as Chart.yaml writes them. */
    record Dependency(String name, String version, String repository, String condition, List<String> tags, boolean enabled,
                      List<Object> importValues, String alias) {
        static Dependency locked(String name, String version, String repository) {
            return new Dependency(name, version, repository, null, List.of(), false, List.of(), null);
        }
    }

    private HelmLockDigest() {
    }

    static String of(List<Dependency> requirements, List<Dependency> locked) {
        String json = "[" + list(requirements) + "," + list(locked) + "]";
        try {
            byte[] sum = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(sum);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    private static String list(List<Dependency> deps) {
        StringBuilder out = new StringBuilder("[");
        for (Dependency d : deps) {
            out.append(out.length() > 1 ? "," : "").append('{').append("\"name\":").append(string(d.name()));
            if (!empty(d.version())) {
                out.append(",\"version\":").append(string(d.version()));
            }
            out.append(",\"repository\":").append(string(d.repository() == null ? "" : d.repository()));
            if (!empty(d.condition())) {
                out.append(",\"condition\":").append(string(d.condition()));
            }
            if (!d.tags().isEmpty()) {
                out.append(",\"tags\":[").append(String.join(",", d.tags().stream().map(HelmLockDigest::string).toList())).append(']');
            }
            if (d.enabled()) {
                out.append(",\"enabled\":true");
            }
            if (!d.importValues().isEmpty()) {
                out.append(",\"import-values\":[").append(String.join(",", d.importValues().stream().map(HelmLockDigest::value).toList()))
                        .append(']');
            }
            if (!empty(d.alias())) {
                out.append(",\"alias\":").append(string(d.alias()));
            }
            out.append('}');
        }
        return out.append(']').toString();
    }

    private static String value(Object v) {
        if (v instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            new TreeMap<>(map.entrySet().stream().collect(java.util.stream.Collectors.toMap(e -> String.valueOf(e.getKey()), Map.Entry::getValue)))
                    .forEach((k, x) -> out.append(out.length() > 1 ? "," : "").append(string(k)).append(':').append(value(x)));
            return out.append('}').toString(); // Go writes a map's keys sorted
        }
        return string(String.valueOf(v));
    }

    private static boolean empty(String s) {
        return s == null || s.isEmpty();
    }

    /** A string as Go's encoding/json writes it: HTML characters and the JavaScript line separators escaped too. */
    static String string(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b"); // Go 1.22 and later, which Helm is built with
                case '\f' -> out.append("\\f");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
