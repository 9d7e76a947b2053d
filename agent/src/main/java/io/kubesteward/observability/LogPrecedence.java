package io.kubesteward.observability;

import java.util.Map;
import org.slf4j.event.Level;

/**
 * Which log settings win: the command line's {@code --log-level} over the environment
 * ({@code STEWARD_LOG_FORMAT}, {@code STEWARD_LOG_LEVEL}) over the config file's {@code operations:}
 * section over the defaults. The environment and the flag are known before any file is read, so a
 * wrong value in them is one line at start; the config's values were checked when it was loaded.
 */
public record LogPrecedence(Map<String, String> env, boolean stderrIsTerminal, Level flagLevel) {
    public LogPrecedence {
        env = Map.copyOf(env);
    }

    /** The settings before any config file is read. @throws IllegalArgumentException naming the variable that is wrong */
    public LogSettings initial() {
        LogSettings fromEnv = LogSettings.fromEnvironment(env, stderrIsTerminal);
        return flagLevel == null ? fromEnv : fromEnv.withStewardLevel(flagLevel);
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

    private boolean set(String variable) {
        String value = env.get(variable);
        return value != null && !value.isBlank();
    }
}
