package io.kubesteward.observability;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A log line for people: {@code 2026-11-22T09:24:32.123Z INFO  Daemon [upgrades] message}. The
 * logger is its simple name; MDC values go in brackets; key-value fields are left to JSON lines
 * (messages say it all). Stack traces only when asked for (debug).
 */
final class TextLogLine {
    private TextLogLine() {
    }

    static String format(LogEvent e, SecretRedactor redactor, boolean stacks) {
        StringBuilder b = new StringBuilder(96)
                .append(DateTimeFormatter.ISO_INSTANT.format(e.time().truncatedTo(ChronoUnit.MILLIS))).append(' ')
                .append(String.format("%-5s", e.level())).append(' ')
                .append(shortName(e.logger())).append(' ');
        if (!e.context().isEmpty()) {
            b.append('[').append(redactor.scrub(String.join(" ", e.context().values()))).append("] ");
        }
        b.append(redactor.scrub(e.message()));
        if (e.error() != null) {
            b.append(" — ").append(redactor.scrub(ThrowableText.chain(e.error())));
            if (stacks) {
                b.append('\n').append(redactor.scrub(ThrowableText.stack(e.error())));
            }
        }
        return b.toString();
    }

    private static String shortName(String logger) {
        if (logger == null) {
            return "-";
        }
        int dot = logger.lastIndexOf('.');
        return dot < 0 ? logger : logger.substring(dot + 1);
    }
}
