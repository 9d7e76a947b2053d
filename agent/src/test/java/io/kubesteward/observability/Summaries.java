package io.kubesteward.observability;

import io.kubesteward.report.Report;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Reports and summaries for tests. */
final class Summaries {
    static final Instant START = Instant.parse("2026-11-22T03:00:00Z");
    static final Instant END = Instant.parse("2026-11-22T03:00:12.345Z");

    private Summaries() {
    }

    static Report report() {
        return new Report(1, "0.1.0", "examples/gitops-repo", "2026-11-22T03:00:12Z",
                new Report.Summary(Map.of("up-to-date", 35, "outdated", 4, "skipped", 1), 3, 1),
                new Report.Statistics(12, 40, 12_345, List.of()), List.of(), List.of(), List.of(),
                List.of(new Report.DeliveryEntry("steward/helm/a", "created", "https://forge/pr/1", "branch pushed"),
                        new Report.DeliveryEntry("steward/helm/b", "created", "https://forge/pr/2", "branch pushed"),
                        new Report.DeliveryEntry("steward/helm/c", "pushed, no forge", null, "branch pushed")));
    }

    static RunSummary succeeded(String name) {
        return RunSummary.of(name, report(), START, END, false);
    }
}
