package io.kubesteward.observability;

import io.kubesteward.report.Report;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How one run went, in counts: written as a log line at the end of every run and turned into
 * metrics. {@code name} is the schedule's name in the daemon ({@code run} or {@code plan} otherwise).
 * {@code failure} says why a run failed as a whole (bad config, repository unreachable), else null.
 * Per-item failures are not a failed run: they are {@code problems} and delivery actions.
 */
public record RunSummary(
        String name,
        Outcome outcome,
        Instant started,
        Instant finished,
        Map<String, Integer> declarationsByStatus,
        int proposals,
        Map<String, Integer> deliveriesByAction,
        int problems,
        String failure) {

    /** Every delivery failed (a revoked token, a repository that is gone): the run ran and did nothing. */
    public boolean deliveredNothing() {
        int all = deliveriesByAction.values().stream().mapToInt(Integer::intValue).sum();
        return all > 0 && deliveriesByAction.getOrDefault("failed", 0) == all;
    }

    /** How a run ended. */
    public enum Outcome {
        /** It ran to the end (problems with single items included). */
        SUCCEEDED,
        /** It aborted: bad configuration, no repository access, a bug. */
        FAILED,
        /** A stop was requested (SIGTERM) and it ended after its current proposal. */
        STOPPED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public RunSummary {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a run summary needs the run's name");
        }
        if (outcome == null || started == null || finished == null) {
            throw new IllegalArgumentException("a run summary needs its outcome, start and end");
        }
        declarationsByStatus = sorted(declarationsByStatus);
        deliveriesByAction = sorted(deliveriesByAction);
    }

    /** A run that produced {@code report}; {@code stopped} when it ended early on a stop request. */
    public static RunSummary of(String name, Report report, Instant started, Instant finished, boolean stopped) {
        Map<String, Integer> deliveries = report.deliveries().stream()
                .collect(Collectors.toMap(Report.DeliveryEntry::action, d -> 1, Integer::sum));
        return new RunSummary(name, stopped ? Outcome.STOPPED : Outcome.SUCCEEDED, started, finished,
                report.summary().declarationsByStatus(), report.summary().proposals(), deliveries, report.summary().problems(),
                null);
    }

    /** A run that aborted; {@code why} is the one-line error people read. */
    public static RunSummary failed(String name, Instant started, Instant finished, String why) {
        return new RunSummary(name, Outcome.FAILED, started, finished, Map.of(), 0, Map.of(), 0, why);
    }

    public Duration duration() {
        return Duration.between(started, finished);
    }

    public int declarations() {
        return declarationsByStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One line for people, e.g. "run 'upgrades' succeeded in 12.3 s: 40 declarations (35 up-to-date, 5 outdated), …". */
    public String describe() {
        StringBuilder b = new StringBuilder("run '").append(name).append("' ").append(outcome.id())
                .append(" in ").append(seconds()).append(" s");
        if (outcome == Outcome.FAILED) {
            return b.append(": ").append(failure).toString();
        }
        b.append(": ").append(declarations()).append(" declarations").append(counts(declarationsByStatus))
                .append(", ").append(proposals).append(proposals == 1 ? " proposal" : " proposals");
        if (!deliveriesByAction.isEmpty()) {
            b.append(", deliveries").append(counts(deliveriesByAction));
        }
        b.append(", ").append(problems).append(problems == 1 ? " problem" : " problems");
        return b.toString();
    }

    private String seconds() {
        return String.format(Locale.ROOT, "%.1f", duration().toMillis() / 1000.0);
    }

    private static String counts(Map<String, Integer> byKey) {
        if (byKey.isEmpty()) {
            return "";
        }
        return byKey.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ", " (", ")"));
    }

    private static Map<String, Integer> sorted(Map<String, Integer> counts) {
        return counts == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(counts));
    }
}
