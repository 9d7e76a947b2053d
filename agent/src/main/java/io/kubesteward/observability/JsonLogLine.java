package io.kubesteward.observability;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

/**
 * A log line for a collector: one JSON object per line, {@code time level logger thread message},
 * then the MDC and key-value fields, then {@code error} and {@code stack} for an exception. A field
 * named like one of those gets a trailing underscore instead of overwriting it.
 */
final class JsonLogLine {
    private static final Set<String> RESERVED = Set.of("time", "level", "logger", "thread", "message", "error", "stack");

    private JsonLogLine() {
    }

    static String format(LogEvent e, SecretRedactor redactor) {
        StringBuilder b = new StringBuilder(160).append('{');
        member(b, "time", DateTimeFormatter.ISO_INSTANT.format(e.time().truncatedTo(ChronoUnit.MILLIS)));
        member(b.append(','), "level", e.level().toString());
        member(b.append(','), "logger", e.logger());
        member(b.append(','), "thread", e.thread());
        member(b.append(','), "message", redactor.scrub(e.message()));
        e.context().forEach((k, v) -> member(b.append(','), field(k), redactor.scrub(v)));
        for (Map.Entry<String, Object> f : e.fields().entrySet()) {
            Object v = f.getValue();
            b.append(',');
            if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte || v instanceof Boolean
                    || (v instanceof Double d && Double.isFinite(d)) || (v instanceof Float x && Float.isFinite(x))) {
                string(b, field(f.getKey())).append(':').append(v);
            } else {
                member(b, field(f.getKey()), v == null ? null : redactor.scrub(String.valueOf(v)));
            }
        }
        if (e.error() != null) {
            member(b.append(','), "error", redactor.scrub(ThrowableText.chain(e.error())));
            member(b.append(','), "stack", redactor.scrub(ThrowableText.stack(e.error())));
        }
        return b.append('}').toString();
    }

    private static String field(String key) {
        String k = key == null ? "null" : key;
        return RESERVED.contains(k) ? k + "_" : k;
    }

    private static void member(StringBuilder b, String name, String value) {
        string(b, name).append(':');
        if (value == null) {
            b.append("null");
        } else {
            string(b, value);
        }
    }

    static StringBuilder string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"');
    }
}
