package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A size in bytes written as Kubernetes writes quantities: {@code 64Mi}, {@code 500Ki}, {@code 1Gi}, {@code 10M}, or plain bytes. */
public record ByteSize(String text, long bytes) {
    private static final Pattern FORM = Pattern.compile("(\\d+)(Ki|Mi|Gi|K|M|G)?");

    @JsonCreator
    public static ByteSize parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size; write a number with an optional unit Ki, Mi, Gi, K, M or G (e.g. 64Mi)");
        }
        long n = Long.parseLong(m.group(1));
        long unit = m.group(2) == null ? 1 : switch (m.group(2)) {
            case "Ki" -> 1L << 10;
            case "Mi" -> 1L << 20;
            case "Gi" -> 1L << 30;
            case "K" -> 1_000L;
            case "M" -> 1_000_000L;
            default -> 1_000_000_000L;
        };
        return new ByteSize(text.trim(), Math.multiplyExact(n, unit));
    }

    @JsonValue
    @Override
    public String text() {
        return text;
    }
}
