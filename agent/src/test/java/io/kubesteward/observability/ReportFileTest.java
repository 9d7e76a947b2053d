package io.kubesteward.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileTest {
    @Test
    void writesTheJsonReportWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("reports/steward.json");
        ReportFile.write(file, Summaries.report());
        ReportFile.write(file, Summaries.report());
        assertEquals(3, new ObjectMapper().readTree(file.toFile()).path("summary").path("proposals").asInt());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void anUnwritablePlaceSaysWhatToCheck(@TempDir Path dir) throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-dir"), "x");
        IOException e = assertThrows(IOException.class, () -> ReportFile.write(blocker.resolve("report.json"), Summaries.report()));
        assertTrue(e.getMessage().startsWith("cannot write the report to " + blocker.resolve("report.json")), e.getMessage());
        assertTrue(e.getMessage().contains("writable"), e.getMessage());
    }
}
