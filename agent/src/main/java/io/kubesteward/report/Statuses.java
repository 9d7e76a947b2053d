package io.kubesteward.report;

import io.kubesteward.planning.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How renderers group declaration statuses and word the counts. */
final class Statuses {
    /** The statuses a person should look at, each with a reason. */
    private static final Set<String> ATTENTION = Set.of(Status.SKIPPED.id(), Status.LOOKUP_FAILED.id(), Status.HELD_BACK.id());

    private Statuses() {
    }

    static boolean needsAttention(String status) {
        return ATTENTION.contains(status);
    }

    /** "8 declarations (3 update, 1 skipped), 3 proposals, 1 problem"; zero counts are left out of the brackets. */
    static String counts(Report report) {
        List<String> parts = new ArrayList<>();
        Map<String, Integer> byStatus = report.summary().declarationsByStatus();
        byStatus.forEach((status, n) -> {
            if (n != null && n > 0) {
                parts.add(n + " " + status);
            }
        });
        String declarations = Text.count(report.declarations().size(), "declaration", "declarations");
        if (!parts.isEmpty()) {
            declarations += " (" + String.join(", ", parts) + ")";
        }
        return declarations + ", " + Text.count(report.summary().proposals(), "proposal", "proposals")
                + ", " + Text.count(report.summary().problems(), "problem", "problems");
    }
}
