package io.kubesteward.observability;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * The line every run ends with: the summary in words, and (in JSON logs) the same counts as fields
 * for log queries. A failed run is a warning.
 */
public final class RunSummaryLog {
    private static final Logger LOG = LoggerFactory.getLogger("io.kubesteward.run");

    private RunSummaryLog() {
    }

    public static void write(RunSummary summary) {
        write(LOG, summary);
    }

    static void write(Logger log, RunSummary s) {
        LoggingEventBuilder event = s.outcome() == RunSummary.Outcome.FAILED ? log.atWarn() : log.atInfo();
        event.addKeyValue("run", s.name())
                .addKeyValue("outcome", s.outcome().id())
                .addKeyValue("durationSeconds", s.duration().toMillis() / 1000.0)
                .addKeyValue("declarations", s.declarations())
                .addKeyValue("proposals", s.proposals())
                .addKeyValue("problems", s.problems());
        s.declarationsByStatus().forEach((status, n) -> event.addKeyValue("declarations_" + key(status), n));
        s.deliveriesByAction().forEach((action, n) -> event.addKeyValue("deliveries_" + key(action), n));
        event.log(s.describe());
    }

    /** "pushed, no forge" → "pushed_no_forge": a field name log queries can use. */
    static String key(String label) {
        return label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
