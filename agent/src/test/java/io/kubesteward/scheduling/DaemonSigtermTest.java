package io.kubesteward.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubesteward.faults.CatalogueEntry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real JVM running the daemon gets a real SIGTERM in the middle of a run. */
class DaemonSigtermTest {
    @CatalogueEntry(65)
    @Test
    void sigtermMidRunFinishesTheCurrentProposalAndExitsCleanly(@TempDir Path dir) throws Exception {
        Path stderr = dir.resolve("stderr.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                // until the service file replaces slf4j-simple, choose the binding explicitly (and quietly)
                "-Dslf4j.provider=io.kubesteward.observability.StewardLogProvider", "-Dslf4j.internal.verbosity=WARN",
                DaemonSigtermMain.class.getName())
                .redirectError(stderr.toFile());
        builder.environment().put("STEWARD_LOG_FORMAT", "json");
        Process daemon = builder.start();
        List<String> stdout = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                stdout.add(line);
                if (line.equals("proposal 2 started")) {
                    // Process.destroy() would also close our end of its stdout; send the signal as a pod gets it
                    assertEquals(0, new ProcessBuilder("kill", "-TERM", String.valueOf(daemon.pid())).start().waitFor());
                }
            }
        } finally {
            if (!daemon.waitFor(20, TimeUnit.SECONDS)) {
                daemon.destroyForcibly();
            }
        }
        String log = Files.readString(stderr);
        assertEquals(0, daemon.exitValue(), "exit code; stderr:\n" + log);
        assertEquals(List.of("proposal 1 started", "proposal 1 done", "proposal 2 started", "proposal 2 done"), stdout);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : log.split("\n")) {
            lines.add(json.readTree(line)); // every line is JSON
        }
        assertTrue(lines.stream().anyMatch(l -> l.path("message").asText().startsWith("stop requested (SIGTERM)")), log);
        assertTrue(lines.stream().anyMatch(l -> l.path("outcome").asText().equals("stopped")
                && l.path("schedule").asText().equals("upgrades")), log);
        JsonNode last = lines.get(lines.size() - 1);
        assertTrue(last.path("message").asText().startsWith("steward daemon stopped cleanly (SIGTERM)"), log);
        assertEquals("INFO", last.path("level").asText());
    }
}
