package io.kubesteward.app;

import io.kubesteward.report.Report;
import java.util.Map;

/** A finished plan: the report, and each proposal's patch (unified diff) by branch, for those whose edit succeeded. */
public record PlanOutcome(Report report, Map<String, String> patchByBranch) {
    public PlanOutcome {
        patchByBranch = Map.copyOf(patchByBranch);
    }
}
