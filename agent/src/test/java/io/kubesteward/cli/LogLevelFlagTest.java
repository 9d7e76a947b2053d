package io.kubesteward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesteward.observability.LogSettings;
import io.kubesteward.observability.StewardLogging;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;

/** --log-level over the config file's operations.logLevel, on any command; a wrong level is a usage error. */
class LogLevelFlagTest {
    @AfterEach
    void restore() {
        StewardLogging.configure(LogSettings.defaults());
    }

    private static int steward(StringWriter err, String... args) {
        return Main.run(args, new Terminal(new PrintWriter(new StringWriter()), new PrintWriter(err), false));
    }

    private static Path config(Path dir, String level) throws IOException {
        return Files.writeString(dir.resolve("steward.yaml"), """
                apiVersion: steward.io/v1alpha1
                kind: Config
                operations:
                  logLevel: %s
                """.formatted(level));
    }

    @Test
    void theConfigFilesLevelTakesEffectWhenNoFlagIsGiven(@TempDir Path dir) throws IOException {
        StringWriter err = new StringWriter();
        assertEquals(0, steward(err, "validate", "--config", config(dir, "error").toString()), err.toString());
        assertEquals(Level.ERROR, StewardLogging.settings().stewardLevel());
    }

    @Test
    void theFlagWinsOverTheConfigFileWhereverItIsGiven(@TempDir Path dir) throws IOException {
        StringWriter err = new StringWriter();
        assertEquals(0, steward(err, "--log-level", "debug", "validate", "--config", config(dir, "error").toString()), err.toString());
        assertEquals(Level.DEBUG, StewardLogging.settings().stewardLevel());
        assertEquals(0, steward(err, "validate", "--log-level", "TRACE", "--config", config(dir, "warn").toString()), err.toString());
        assertEquals(Level.TRACE, StewardLogging.settings().stewardLevel(), "after the command's name too");
    }

    @Test
    void aLevelThatDoesNotExistIsOneLineAndExitTwo() {
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.USAGE, steward(err, "--log-level", "loud", "version"));
        assertEquals("steward: --log-level: log level 'loud' is not one of error, warn, info, debug, trace\n", err.toString());
    }
}
