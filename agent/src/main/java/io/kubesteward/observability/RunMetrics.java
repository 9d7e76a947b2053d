package io.kubesteward.observability;

import io.kubesteward.observability.MetricFamily.Sample;
import io.kubesteward.observability.MetricFamily.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Steward's metrics, built from run summaries: counters since the process started (the daemon
 * serves them on /metrics) and gauges describing the last run of each schedule (label
 * {@code schedule}, "run" for a single run). A failed run leaves the last counts of declarations,
 * proposals and deliveries as they were: it has none of its own. Thread-safe.
 */
public final class RunMetrics {
    private final String version;
    private int failedInARow;
    private final Map<String, RunSummary> lastRun = new TreeMap<>();
    private final Map<String, RunSummary> lastCounted = new TreeMap<>();
    private final Map<String, Double> lastSuccess = new TreeMap<>();
    private final Map<List<String>, Long> runs = new TreeMap<>(RunMetrics::compare);
    private final Map<List<String>, Long> deliveries = new TreeMap<>(RunMetrics::compare);

    public RunMetrics(String stewardVersion) {
        this.version = stewardVersion == null ? "unknown" : stewardVersion;
    }

    public synchronized void record(RunSummary s) {
        boolean failed = s.outcome() == RunSummary.Outcome.FAILED || s.deliveredNothing();
        failedInARow = failed ? failedInARow + 1 : 0;
        lastRun.put(s.name(), s);
        runs.merge(List.of(s.name(), s.outcome().id()), 1L, Long::sum);
        if (s.outcome() != RunSummary.Outcome.FAILED) {
            lastCounted.put(s.name(), s);
            s.deliveriesByAction().forEach((action, n) -> deliveries.merge(List.of(s.name(), RunSummaryLog.key(action)), (long) n, Long::sum));
        }
        if (s.outcome() == RunSummary.Outcome.SUCCEEDED) {
            lastSuccess.put(s.name(), seconds(s.finished().toEpochMilli()));
        }
    }

    /**
     * Why the daemon is unhealthy: the last {@code after} runs (of any schedule) all failed, or
     * delivered nothing because every delivery failed (a revoked token). Empty when healthy or
     * {@code after} is 0. The reasons stay in the logs; this says only how many.
     */
    public synchronized Optional<String> unhealthy(int after) {
        if (after <= 0 || failedInARow < after) {
            return Optional.empty();
        }
        return Optional.of(failedInARow + " runs in a row failed; the logs say why");
    }

    /** Every metric, in the text format. */
    public String exposition() {
        return PrometheusText.render(families());
    }

    public synchronized List<MetricFamily> families() {
        List<MetricFamily> out = new ArrayList<>();
        out.add(new MetricFamily("steward_info", "Steward's version; always 1.", Type.GAUGE,
                List.of(new Sample(Map.of("version", version), 1))));
        out.add(family("steward_runs_total", "Runs finished since the process started, by outcome.", Type.COUNTER, runs,
                (key, n) -> new Sample(labels("schedule", key.get(0), "outcome", key.get(1)), n)));
        out.add(perSchedule("steward_last_run_timestamp_seconds", "When the last run ended (Unix time).", lastRun,
                s -> seconds(s.finished().toEpochMilli())));
        out.add(perSchedule("steward_last_run_success", "1 if the last run succeeded, 0 if it failed or was stopped.", lastRun,
                s -> s.outcome() == RunSummary.Outcome.SUCCEEDED ? 1 : 0));
        out.add(perSchedule("steward_last_run_duration_seconds", "How long the last run took.", lastRun,
                s -> s.duration().toMillis() / 1000.0));
        out.add(new MetricFamily("steward_last_success_timestamp_seconds", "When the last successful run ended (Unix time).",
                Type.GAUGE, lastSuccess.entrySet().stream().map(e -> new Sample(Map.of("schedule", e.getKey()), e.getValue())).toList()));
        out.add(new MetricFamily("steward_declarations", "Declarations found by the last run, by status.", Type.GAUGE,
                lastCounted.values().stream().flatMap(s -> s.declarationsByStatus().entrySet().stream()
                        .map(e -> new Sample(labels("schedule", s.name(), "status", RunSummaryLog.key(e.getKey())), e.getValue()))).toList()));
        out.add(perSchedule("steward_proposals", "Proposals (would-be pull requests) of the last run.", lastCounted, RunSummary::proposals));
        out.add(perSchedule("steward_problems", "Problems reported by the last run (unreachable sources, failed edits…).",
                lastCounted, RunSummary::problems));
        out.add(new MetricFamily("steward_deliveries", "What the last run did with its proposals, by action.", Type.GAUGE,
                lastCounted.values().stream().flatMap(s -> s.deliveriesByAction().entrySet().stream()
                        .map(e -> new Sample(labels("schedule", s.name(), "action", RunSummaryLog.key(e.getKey())), e.getValue()))).toList()));
        out.add(family("steward_deliveries_total", "Proposals delivered since the process started, by action.", Type.COUNTER,
                deliveries, (key, n) -> new Sample(labels("schedule", key.get(0), "action", key.get(1)), n)));
        return out;
    }

    private static MetricFamily perSchedule(String name, String help, Map<String, RunSummary> bySchedule,
                                            java.util.function.ToDoubleFunction<RunSummary> value) {
        return new MetricFamily(name, help, Type.GAUGE, bySchedule.values().stream()
                .map(s -> new Sample(Map.of("schedule", s.name()), value.applyAsDouble(s))).toList());
    }

    private static MetricFamily family(String name, String help, Type type, Map<List<String>, Long> values,
                                       java.util.function.BiFunction<List<String>, Long, Sample> sample) {
        List<Sample> samples = new ArrayList<>();
        BiConsumer<List<String>, Long> add = (k, v) -> samples.add(sample.apply(k, v));
        values.forEach(add);
        return new MetricFamily(name, help, type, samples);
    }

    private static Map<String, String> labels(String k1, String v1, String k2, String v2) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static double seconds(long epochMillis) {
        return epochMillis / 1000.0;
    }

    private static int compare(List<String> a, List<String> b) {
        int c = a.get(0).compareTo(b.get(0));
        return c != 0 ? c : a.get(1).compareTo(b.get(1));
    }
}
