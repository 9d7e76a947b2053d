package io.kubesteward.observability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.event.Level;

/**
 * The log setup of the process. Logging starts with {@link LogSettings#fromEnvironment} (falling
 * back to the defaults when a variable is wrong: logging must not fail); the CLI calls
 * {@link #configure} once it has read the config file's {@code log:} section, which takes effect for
 * every logger at once. Every secret read must go through {@link #registerSecret}.
 */
public final class StewardLogging {
    private static volatile LogSettings settings = initialSettings();
    private static volatile LogPrecedence precedence = new LogPrecedence(System.getenv(), stderrIsTerminal(), null);

    private StewardLogging() {
    }

    public static void configure(LogSettings newSettings) {
        settings = java.util.Objects.requireNonNull(newSettings, "settings");
    }

    /**
     * The command line's {@code --log-level} (null: none given), which no config file overrides.
     *
     * @return what is wrong with the environment's log settings, to say once; they count as unset
     */
    public static java.util.Optional<String> configureFromCommandLine(Level flagLevel) {
        LogPrecedence p = new LogPrecedence(System.getenv(), stderrIsTerminal(), flagLevel);
        configure(p.initial());
        precedence = p;
        return p.problem();
    }

    /** A config file's {@code operations.logFormat} and {@code logLevel}, where neither the environment nor the command line set them. */
    public static void configureFromConfig(String logFormat, String logLevel) {
        configure(precedence.withConfig(logFormat, logLevel));
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
