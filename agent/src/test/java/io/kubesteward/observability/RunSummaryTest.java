package io.kubesteward.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunSummaryTest {
    @Test
    void countsComeFromTheReport() {
        RunSummary s = Summaries.succeeded("upgrades");
        assertEquals(RunSummary.Outcome.SUCCEEDED, s.outcome());
        assertEquals(40, s.declarations());
        assertEquals(Map.of("created", 2, "pushed, no forge", 1), s.deliveriesByAction());
        assertEquals(Duration.ofMillis(12_345), s.duration());
        assertEquals("run 'upgrades' succeeded in 12.3 s: 40 declarations (4 outdated, 1 skipped, 35 up-to-date), 3 proposals, "
                + "deliveries (2 created, 1 pushed, no forge), 1 problem", s.describe());
        assertEquals(RunSummary.Outcome.STOPPED, RunSummary.of("upgrades", Summaries.report(), Summaries.START, Summaries.END, true)
                .outcome());
    }

    @Test
    void aFailedRunSaysWhy() {
        RunSummary s = RunSummary.failed("upgrades", Summaries.START, Summaries.END, "cannot clone https://forge/org/repo: 401");
        assertEquals("run 'upgrades' failed in 12.3 s: cannot clone https://forge/org/repo: 401", s.describe());
        assertEquals(0, s.declarations());
    }

    @Test
    void aSummaryNeedsItsNameOutcomeAndTimes() {
        assertThrows(IllegalArgumentException.class, () -> RunSummary.failed(" ", Summaries.START, Summaries.END, "x"));
        assertThrows(IllegalArgumentException.class, () -> RunSummary.failed("a", null, Summaries.END, "x"));
    }

    @Test
    void theSummaryLineHasTheCountsAsJsonFields() throws Exception {
        CapturedLog log = new CapturedLog().format(LogFormat.JSON);
        RunSummaryLog.write(log.logger("io.kubesteward.run"), Summaries.succeeded("upgrades"));
        var line = new com.fasterxml.jackson.databind.ObjectMapper().readTree(log.lines()[0]);
        assertEquals("INFO", line.get("level").asText());
        assertEquals("succeeded", line.get("outcome").asText());
        assertEquals(12.345, line.get("durationSeconds").asDouble());
        assertEquals(2, line.get("deliveries_created").asInt());
        assertEquals(1, line.get("deliveries_pushed_no_forge").asInt());
        assertEquals(35, line.get("declarations_up_to_date").asInt());

        CapturedLog failed = new CapturedLog();
        RunSummaryLog.write(failed.logger("io.kubesteward.run"), RunSummary.failed("x", Summaries.START, Summaries.END, "no repo"));
        assertEquals(true, failed.text().contains(" WARN  run run 'x' failed in 12.3 s: no repo"), failed.text());
    }
}
