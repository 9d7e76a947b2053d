package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Whether the namespace's ResourceQuota headroom can absorb Σ replicas × Δ of a workload's proposals, per quota line. */
final class QuotaChecks {
    private QuotaChecks() {
    }

    static List<QuotaCheck> of(WorkloadFacts w, List<Verdict> verdicts) {
        List<QuotaCheck> checks = new ArrayList<>();
        Constraints c = w.constraints();
        for (Resource r : Resource.values()) {
            check(w, verdicts, r, Line.Field.REQUEST, c.quotaRequestsHeadroom(), "requests." + r.id(), checks);
            check(w, verdicts, r, Line.Field.LIMIT, c.quotaLimitsHeadroom(), "limits." + r.id(), checks);
        }
        return checks;
    }

    private static void check(WorkloadFacts w, List<Verdict> verdicts, Resource r, Line.Field field, Map<Resource, Quantity> headroom,
                              String quota, List<QuotaCheck> checks) {
        Quantity left = headroom.get(r);
        if (left == null) {
            return;
        }
        Quantity sum = Quantity.ZERO;
        boolean any = false;
        for (Verdict v : verdicts) {
            for (Line l : v.lines()) {
                if (l.resource() == r && l.field() == field && l.changes()) {
                    sum = sum.plus(l.proposed().minus(l.current()));
                    any = true;
                }
            }
        }
        if (!any) {
            return;
        }
        Quantity needed = sum.times(java.math.BigDecimal.valueOf(w.replicas()));
        checks.add(new QuotaCheck(r, quota, needed, left, !needed.isAbove(left)));
    }
}
