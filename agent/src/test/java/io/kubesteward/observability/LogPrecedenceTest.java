package io.kubesteward.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

class LogPrecedenceTest {
    @Test
    void theConfigFillsOnlyWhatNeitherTheEnvironmentNorTheFlagSet() {
        assertEquals(new LogSettings(LogFormat.JSON, Level.ERROR, Level.WARN),
                new LogPrecedence(Map.of(), true, null).withConfig("json", "error"));
        assertEquals(new LogSettings(LogFormat.TEXT, Level.DEBUG, Level.WARN),
                new LogPrecedence(Map.of("STEWARD_LOG_FORMAT", "text", "STEWARD_LOG_LEVEL", "debug"), true, null).withConfig("json", "error"));
        assertEquals(new LogSettings(LogFormat.JSON, Level.TRACE, Level.WARN),
                new LogPrecedence(Map.of("STEWARD_LOG_LEVEL", "debug"), true, Level.TRACE).withConfig("json", "error"));
        assertEquals(LogSettings.defaults(), new LogPrecedence(Map.of(), true, null).withConfig(null, null));
    }

    @Test
    void aWrongVariableIsAWarningAndCountsAsUnset() {
        LogPrecedence wrong = new LogPrecedence(Map.of("STEWARD_LOG_FORMAT", "xml"), true, null);
        assertEquals(java.util.Optional.of("STEWARD_LOG_FORMAT: log format 'xml' is not one of text, json, auto"), wrong.problem());
        assertEquals(LogSettings.defaults(), wrong.initial());
        assertEquals(new LogSettings(LogFormat.JSON, Level.ERROR, Level.WARN), wrong.withConfig("json", "error"), "the config then applies");
    }
}
