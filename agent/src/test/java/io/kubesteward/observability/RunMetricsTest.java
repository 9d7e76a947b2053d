package io.kubesteward.observability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunMetricsTest {
    @Test
    void aSuccessfulRun() {
        RunMetrics metrics = new RunMetrics("0.1.0");
        metrics.record(Summaries.succeeded("upgrades"));
        String text = metrics.exposition();
        for (String line : new String[] {
            "steward_info{version=\"0.1.0\"} 1",
            "steward_runs_total{schedule=\"upgrades\",outcome=\"succeeded\"} 1",
            "steward_last_run_success{schedule=\"upgrades\"} 1",
            "steward_last_run_duration_seconds{schedule=\"upgrades\"} 12.345",
            "steward_last_success_timestamp_seconds{schedule=\"upgrades\"} 1.795316412345E9",
            "steward_declarations{schedule=\"upgrades\",status=\"outdated\"} 4",
            "steward_proposals{schedule=\"upgrades\"} 3",
            "steward_problems{schedule=\"upgrades\"} 1",
            "steward_deliveries{schedule=\"upgrades\",action=\"pushed_no_forge\"} 1",
            "steward_deliveries_total{schedule=\"upgrades\",action=\"created\"} 2",
            "# TYPE steward_deliveries_total counter"}) {
            assertTrue(text.contains(line + "\n"), line + " in\n" + text);
        }
    }

    @Test
    void labelValuesAreIdentifiersNotSentences() {
        RunMetrics metrics = new RunMetrics("0.1.0");
        metrics.record(Summaries.succeeded("upgrades"));
        java.util.regex.Matcher label = java.util.regex.Pattern.compile("(status|action|outcome)=\"([^\"]*)\"").matcher(metrics.exposition());
        int seen = 0;
        while (label.find()) {
            assertTrue(label.group(2).matches("[a-z0-9_]+"), label.group());
            seen++;
        }
        assertTrue(seen >= 4, "statuses, actions and outcomes were checked");
    }

    @CatalogueEntry(69)
    @Test
    void aFailedRunKeepsTheLastCountsAndTheLastSuccess() {
        RunMetrics metrics = new RunMetrics("0.1.0");
        metrics.record(Summaries.succeeded("upgrades"));
        metrics.record(Summaries.succeeded("upgrades"));
        metrics.record(RunSummary.failed("upgrades", Instant.parse("2026-11-23T03:00:00Z"), Instant.parse("2026-11-23T03:00:01Z"), "x"));
        String text = metrics.exposition();
        assertTrue(text.contains("steward_runs_total{schedule=\"upgrades\",outcome=\"succeeded\"} 2\n"), text);
        assertTrue(text.contains("steward_runs_total{schedule=\"upgrades\",outcome=\"failed\"} 1\n"), text);
        assertTrue(text.contains("steward_last_run_success{schedule=\"upgrades\"} 0\n"), text);
        assertTrue(text.contains("steward_last_run_timestamp_seconds{schedule=\"upgrades\"} 1795402801\n"), text);
        assertTrue(text.contains("steward_last_success_timestamp_seconds{schedule=\"upgrades\"} 1.795316412345E9\n"), text);
        assertTrue(text.contains("steward_proposals{schedule=\"upgrades\"} 3\n"), text);
        assertTrue(text.contains("steward_deliveries_total{schedule=\"upgrades\",action=\"created\"} 4\n"), text);
    }

    @Test
    void aProcessWhoseOnlyRunFailedHasNoSuccessAndNoCounts() {
        RunMetrics metrics = new RunMetrics(null);
        metrics.record(RunSummary.failed("run", Summaries.START, Summaries.END, "no repo"));
        String text = metrics.exposition();
        assertFalse(text.contains("steward_last_success_timestamp_seconds"), text);
        assertFalse(text.contains("steward_declarations"), text);
        assertTrue(text.contains("steward_info{version=\"unknown\"} 1\n"), text);
    }
}
