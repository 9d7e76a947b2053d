package io.kubesteward.observability;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.event.Level;

/** Where every logger's lines go: filtered by level, formatted, scrubbed, one whole line at a time. */
final class LogOutput {
    private final Supplier<LogSettings> settings;
    private final SecretRedactor redactor;
    private final Supplier<PrintStream> stream;
    private final Clock clock;

    LogOutput(Supplier<LogSettings> settings, SecretRedactor redactor, Supplier<PrintStream> stream, Clock clock) {
        this.settings = settings;
        this.redactor = redactor;
        this.stream = stream;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    boolean enabled(String logger, Level level) {
        return settings.get().enabled(logger, level);
    }

    void emit(LogEvent event) {
        LogSettings s = settings.get();
        if (!s.enabled(event.logger(), event.level())) {
            return;
        }
        String line = s.format() == LogFormat.JSON ? JsonLogLine.format(event, redactor)
                : TextLogLine.format(event, redactor, s.stewardLevel().toInt() <= Level.DEBUG.toInt());
        PrintStream out = stream.get();
        synchronized (out) {
            out.print(line + "\n");
            out.flush();
        }
    }
}
