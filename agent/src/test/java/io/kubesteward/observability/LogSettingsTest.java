package io.kubesteward.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

class LogSettingsTest {
    private static final Map<String, String> IN_A_POD = Map.of("KUBERNETES_SERVICE_HOST", "10.0.0.1");

    @CatalogueEntry(70)
    @Test
    void autoIsJsonInAPodAndTextAtATerminalOrOutsideKubernetes() {
        assertEquals(LogFormat.JSON, LogFormat.choose(null, IN_A_POD, false));
        assertEquals(LogFormat.JSON, LogFormat.choose("auto", IN_A_POD, false));
        assertEquals(LogFormat.TEXT, LogFormat.choose("auto", IN_A_POD, true), "kubectl exec -it");
        assertEquals(LogFormat.TEXT, LogFormat.choose("", Map.of(), false), "CI logs are read by people");
        assertEquals(LogFormat.JSON, LogFormat.choose(" JSON ", Map.of(), true));
        assertEquals(LogFormat.TEXT, LogFormat.choose("text", IN_A_POD, false));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LogFormat.choose("yaml", Map.of(), true));
        assertEquals("log format 'yaml' is not one of text, json, auto", e.getMessage());
    }

    @Test
    void theSchemaValidatorSpeaksOnlyOfErrors() {
        LogSettings s = new LogSettings(LogFormat.TEXT, Level.INFO, Level.DEBUG);
        assertEquals(false, s.enabled("com.networknt.schema.UnknownKeywordFactory", Level.WARN));
        assertEquals(true, s.enabled("com.networknt.schema.Schema", Level.ERROR));
        assertEquals(true, s.enabled("org.eclipse.jgit.transport", Level.WARN), "other libraries as configured");
    }

    @Test
    void fromTheEnvironment() {
        LogSettings s = LogSettings.fromEnvironment(Map.of("STEWARD_LOG_FORMAT", "json", "STEWARD_LOG_LEVEL", "debug",
                "STEWARD_LIBRARY_LOG_LEVEL", "Warning"), true);
        assertEquals(new LogSettings(LogFormat.JSON, Level.DEBUG, Level.WARN), s);
        assertEquals(LogSettings.defaults(), LogSettings.fromEnvironment(Map.of(), true));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LogSettings.fromEnvironment(Map.of("STEWARD_LOG_LEVEL", "loud"), true));
        assertTrue(e.getMessage().startsWith("STEWARD_LOG_LEVEL: log level 'loud' is not one of"), e.getMessage());
    }
}
