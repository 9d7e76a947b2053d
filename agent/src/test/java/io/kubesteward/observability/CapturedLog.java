package io.kubesteward.observability;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.helpers.BasicMDCAdapter;

/** Loggers writing into memory, with settings and a redactor of their own (not the process-wide ones). */
final class CapturedLog {
    final SecretRedactor redactor = new SecretRedactor();
    final AtomicReference<LogSettings> settings = new AtomicReference<>(LogSettings.defaults());
    /** This log's MDC: while slf4j-simple is the test classpath's binding, the static MDC drops everything. */
    final BasicMDCAdapter mdc = new BasicMDCAdapter();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final StewardLoggerFactory factory = new StewardLoggerFactory(new LogOutput(settings::get, redactor, () -> stream,
            java.time.Clock.fixed(java.time.Instant.parse("2026-03-04T05:06:07.890Z"), java.time.ZoneOffset.UTC)), mdc);

    CapturedLog format(LogFormat format) {
        settings.set(settings.get().withFormat(format));
        return this;
    }

    Logger logger(String name) {
        return factory.getLogger(name);
    }

    String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    String[] lines() {
        String t = text();
        return t.isEmpty() ? new String[0] : t.split("\n");
    }
}
