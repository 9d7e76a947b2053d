package io.kubesteward.observability;

import java.util.Map;
import org.slf4j.event.Level;

/**
 * Which log settings win: the command line's {@code --log-level} over the environment
 * ({@code STEWARD_LOG_FORMAT}, {@code STEWARD_LOG_LEVEL}) over the config file's {@code operations:}
 * section over the defaults. A wrong flag is a usage error; a wrong variable is a warning and counts as
 * unset, because logging must not fail a command; the config's values were checked when it was loaded.
 */
public record LogPrecedence(Map<String, String> env, boolean stderrIsTerminal, Level flagLevel) {
    public LogPrecedence {
        env = Map.copyOf(env);
    }

    /** The settings before any config file is read; an environment variable that is wrong counts as unset (see {@link #problem}). */
    public LogSettings initial() {
        LogSettings fromEnv;
        try {
            fromEnv = LogSettings.fromEnvironment(env, stderrIsTerminal);
        } catch (IllegalArgumentException e) {
            fromEnv = LogSettings.defaults();
        }
        return flagLevel == null ? fromEnv : fromEnv.withStewardLevel(flagLevel);
    }

    /** What is wrong with the environment's log settings ("STEWARD_LOG_FORMAT: …"), if anything: logging never fails a command. */
    public java.util.Optional<String> problem() {
        try {
            LogSettings.fromEnvironment(env, stderrIsTerminal);
            return java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.of(e.getMessage());
        }
    }

    /** The settings once the config file's {@code logFormat} and {@code logLevel} (either may be null) are known. */
    public LogSettings withConfig(String configFormat, String configLevel) {
        LogSettings settings = initial();
        if (!set(LogSettings.FORMAT_ENV) && configFormat != null) {
            settings = settings.withFormat(LogFormat.choose(configFormat, env, stderrIsTerminal));
        }
        if (flagLevel == null && !set(LogSettings.LEVEL_ENV) && configLevel != null) {
            settings = settings.withStewardLevel(LogSettings.parseLevel(configLevel));
        }
        return settings;
    }

    /** Set, and the environment's settings usable (a wrong one makes them all count as unset, as {@link #initial} does). */
    private boolean set(String variable) {
        String value = env.get(variable);
        return value != null && !value.isBlank() && problem().isEmpty();
    }
}
