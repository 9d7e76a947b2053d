package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One setting's value: the text as written and what it means, checked against the setting's type. */
public record SettingValue(String text, Object value) {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})\\s*(s|m|h|d|w)");

    public static SettingValue parse(Setting setting, String text) {
        String t = text == null ? "" : text.trim();
        return new SettingValue(t, switch (setting.type()) {
            case BOOLEAN -> bool(t);
            case DURATION -> duration(t);
            case RATIO, MARGIN, MONEY -> decimal(setting, t);
            case COUNT -> count(t);
            case CPU, MEMORY -> quantity(t);
            case CPU_STEPS, MEMORY_STEPS -> RoundingSteps.parse(t);
        });
    }

    private static Boolean bool(String t) {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("'" + t + "' is not true or false");
        };
    }

    private static Duration duration(String t) {
        Matcher m = DURATION.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + t + "' is not a duration; write a number and a unit s, m, h, d or w (e.g. 72h, 7d)");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofDays(7 * n);
        };
    }

    private static BigDecimal decimal(Setting setting, String t) {
        BigDecimal value;
        try {
            value = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + t + "' is not a number; write e.g. " + setting.defaultText());
        }
        BigDecimal[] bounds = setting.bounds();
        if (value.compareTo(bounds[0]) < 0 || (bounds[1] != null && value.compareTo(bounds[1]) > 0)) {
            throw new IllegalArgumentException("'" + t + "' is outside " + bounds[0] + ".." + (bounds[1] == null ? "" : bounds[1])
                    + "; the default is " + setting.defaultText());
        }
        return value;
    }

    private static Integer count(String t) {
        try {
            int n = Integer.parseInt(t);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("'" + t + "' is not a whole number of at least 0");
    }

    private static Quantity quantity(String t) {
        Quantity q = Quantity.parse(t);
        if (q.signum() < 0) {
            throw new IllegalArgumentException("'" + t + "' is below zero");
        }
        return q;
    }
}
