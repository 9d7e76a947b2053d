package io.kubesteward.observability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The log setup of the process. Logging starts with {@link LogSettings#fromEnvironment} (falling
 * back to the defaults when a variable is wrong: logging must not fail); the CLI calls
 * {@link #configure} once it has read the config file's {@code log:} section, which takes effect for
 * every logger at once. Every secret read must go through {@link #registerSecret}.
 */
public final class StewardLogging {
    private static volatile LogSettings settings = initialSettings();

    private StewardLogging() {
    }

    public static void configure(LogSettings newSettings) {
        settings = java.util.Objects.requireNonNull(newSettings, "settings");
    }

    public static LogSettings settings() {
        return settings;
    }

    /** From now on {@code secret} is masked in every log line. */
    public static void registerSecret(String secret) {
        SecretRedactor.global().register(secret);
    }

    static LogOutput output(java.time.Clock clock) {
        return new LogOutput(StewardLogging::settings, SecretRedactor.global(), () -> System.err, clock);
    }

    private static LogSettings initialSettings() {
        try {
            return LogSettings.fromEnvironment(System.getenv(), stderrIsTerminal());
        } catch (IllegalArgumentException e) {
            return LogSettings.defaults();
        }
    }

    /** Whether stderr is a terminal (Linux: where fd 2 points); otherwise whether there is a console. */
    public static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
