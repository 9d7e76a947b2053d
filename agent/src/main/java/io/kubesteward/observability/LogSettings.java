package io.kubesteward.observability;

import java.util.Locale;
import java.util.Map;
import org.slf4j.event.Level;

/**
 * What is logged and how: Steward's own loggers ({@code io.kubesteward…}) at {@code stewardLevel},
 * libraries (JGit, Quartz, fabric8, the resolver) at {@code libraryLevel}, so their chatter stays out
 * unless asked for.
 */
public record LogSettings(LogFormat format, Level stewardLevel, Level libraryLevel) {
    public static final String FORMAT_ENV = "STEWARD_LOG_FORMAT";
    public static final String LEVEL_ENV = "STEWARD_LOG_LEVEL";
    public static final String LIBRARY_LEVEL_ENV = "STEWARD_LIBRARY_LOG_LEVEL";

    public LogSettings {
        if (format == null || stewardLevel == null || libraryLevel == null) {
            throw new IllegalArgumentException("log settings need a format and two levels");
        }
    }

    public static LogSettings defaults() {
        return new LogSettings(LogFormat.TEXT, Level.INFO, Level.WARN);
    }

    /**
     * From {@code STEWARD_LOG_FORMAT} (text, json, auto), {@code STEWARD_LOG_LEVEL} and
     * {@code STEWARD_LIBRARY_LOG_LEVEL} (error, warn, info, debug, trace).
     *
     * @throws IllegalArgumentException naming the variable whose value is wrong
     */
    public static LogSettings fromEnvironment(Map<String, String> env, boolean stderrIsTerminal) {
        LogFormat format;
        try {
            format = LogFormat.choose(env.get(FORMAT_ENV), env, stderrIsTerminal);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(FORMAT_ENV + ": " + e.getMessage(), e);
        }
        return new LogSettings(format, level(env, LEVEL_ENV, Level.INFO), level(env, LIBRARY_LEVEL_ENV, Level.WARN));
    }

    public LogSettings withFormat(LogFormat f) {
        return new LogSettings(f, stewardLevel, libraryLevel);
    }

    public LogSettings withStewardLevel(Level level) {
        return new LogSettings(format, level, libraryLevel);
    }

    /** Whether {@code logger} logs at {@code level}. */
    public boolean enabled(String logger, Level level) {
        Level threshold = logger != null && logger.startsWith("io.kubesteward") ? stewardLevel : libraryLevel;
        if (logger != null && logger.startsWith(SCHEMA_VALIDATOR) && threshold.toInt() < Level.ERROR.toInt()) {
            // it warns about every keyword a chart's schema uses beyond its draft ($defs in draft-07): the chart's
            // business, which Steward's analysis reports itself when it matters; its errors still show
            threshold = Level.ERROR;
        }
        return level.toInt() >= threshold.toInt();
    }

    private static final String SCHEMA_VALIDATOR = "com.networknt.schema";

    /** A level by name, case-insensitive; {@code warning} is accepted for warn. */
    public static Level parseLevel(String name) {
        String n = name.strip().toUpperCase(Locale.ROOT);
        if (n.equals("WARNING")) {
            return Level.WARN;
        }
        try {
            return Level.valueOf(n);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("log level '" + name + "' is not one of error, warn, info, debug, trace");
        }
    }

    private static Level level(Map<String, String> env, String variable, Level fallback) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return parseLevel(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + ": " + e.getMessage());
        }
    }
}
