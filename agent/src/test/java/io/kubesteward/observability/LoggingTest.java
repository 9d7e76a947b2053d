package io.kubesteward.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.event.Level;

class LoggingTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void textLinesAreForPeople() {
        CapturedLog log = new CapturedLog();
        log.mdc.put("schedule", "upgrades");
        log.logger("io.kubesteward.scheduling.Daemon").atInfo().addKeyValue("next", "soon").log("run '{}' started", "upgrades");
        String line = log.lines()[0];
        assertTrue(line.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO  Daemon \\[upgrades] run 'upgrades' started"), line);
    }

    @Test
    void jsonLinesCarryTheFieldsAndTheContext() throws IOException {
        CapturedLog log = new CapturedLog().format(LogFormat.JSON);
        log.mdc.put("schedule", "upgrades");
        log.logger("io.kubesteward.run").atInfo().addKeyValue("proposals", 3).addKeyValue("durationSeconds", 1.5)
                .addKeyValue("ok", true).addKeyValue("message", "clash").addKeyValue("note", "a \"quoted\"\nline\u0001")
                .log("run {} succeeded", "'upgrades'");
        JsonNode line = json.readTree(log.lines()[0]);
        assertEquals("INFO", line.get("level").asText());
        assertEquals("io.kubesteward.run", line.get("logger").asText());
        assertEquals("run 'upgrades' succeeded", line.get("message").asText());
        assertEquals("upgrades", line.get("schedule").asText());
        assertTrue(line.get("proposals").isInt());
        assertEquals(1.5, line.get("durationSeconds").asDouble());
        assertTrue(line.get("ok").isBoolean());
        assertEquals("clash", line.get("message_").asText(), "a field never overwrites the message");
        assertEquals("a \"quoted\"\nline\u0001", line.get("note").asText());
        assertTrue(line.get("time").asText().endsWith("Z"));
        assertEquals(1, log.lines().length, "one line per event, newlines escaped");
    }

    @Test
    void exceptionsAreOneLineOfCausesInTextAndAStackInJson() throws IOException {
        CapturedLog log = new CapturedLog();
        Exception error = new IllegalStateException("push failed", new java.net.ConnectException("refused"));
        log.logger("io.kubesteward.x").warn("delivering {} failed", "steward/a", error);
        assertEquals(1, log.lines().length);
        assertTrue(log.text().contains("delivering steward/a failed — java.lang.IllegalStateException: push failed; caused by "
                + "java.net.ConnectException: refused"), log.text());

        log.settings.set(log.settings.get().withStewardLevel(Level.DEBUG));
        log.logger("io.kubesteward.x").warn("again", error);
        assertTrue(log.text().contains("\tat io.kubesteward.observability.LoggingTest"), "stack traces at debug");

        CapturedLog jsonLog = new CapturedLog().format(LogFormat.JSON);
        jsonLog.logger("io.kubesteward.x").error("boom", error);
        JsonNode line = json.readTree(jsonLog.lines()[0]);
        assertTrue(line.get("error").asText().startsWith("java.lang.IllegalStateException: push failed"));
        assertTrue(line.get("stack").asText().contains("Caused by: java.net.ConnectException: refused"));
    }

    @Test
    void librariesAreQuietUnlessAskedStewardSaysWhatItDoes() {
        CapturedLog log = new CapturedLog();
        Logger quartz = log.logger("org.quartz.core.QuartzScheduler");
        Logger steward = log.logger("io.kubesteward.scheduling.Daemon");
        quartz.info("Scheduler started");
        steward.debug("details");
        assertFalse(quartz.isInfoEnabled());
        assertTrue(steward.isInfoEnabled());
        assertEquals("", log.text());
        quartz.warn("misfire");
        steward.info("started");
        assertEquals(2, log.lines().length);
        log.settings.set(new LogSettings(LogFormat.TEXT, Level.WARN, Level.INFO));
        steward.info("hidden now");
        quartz.info("shown now");
        assertTrue(log.text().contains("shown now") && !log.text().contains("hidden now"));
    }

    @Test
    void theProviderIsAnSlf4jTwoBinding() {
        StewardLogProvider provider = new StewardLogProvider();
        provider.initialize();
        assertTrue(provider.getRequestedApiVersion().startsWith("2.0"));
        assertTrue(provider.getLoggerFactory().getLogger("io.kubesteward.x") instanceof StewardLogger);
        assertLoggersAreCached(provider);
        provider.getMDCAdapter().put("k", "v");
        assertEquals("v", provider.getMDCAdapter().get("k"));
        assertEquals("m", provider.getMarkerFactory().getMarker("m").getName());
    }

    private static void assertLoggersAreCached(StewardLogProvider provider) {
        assertTrue(provider.getLoggerFactory().getLogger("a") == provider.getLoggerFactory().getLogger("a"), "loggers are cached");
    }
}
