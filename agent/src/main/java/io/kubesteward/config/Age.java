package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A span of time written the way people write it in YAML: {@code 500ms}, {@code 30s}, {@code 15m}, {@code 12h}, {@code 3d}, {@code 2w}. */
public record Age(String text, Duration duration) {
    private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d|w)");

    @JsonCreator
    public static Age parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; write a number and a unit: ms, s, m, h, d or w (e.g. 3d)");
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofDays(7 * n);
        };
        return new Age(text.trim(), d);
    }

    @JsonValue
    @Override
    public String text() {
        return text;
    }
}
