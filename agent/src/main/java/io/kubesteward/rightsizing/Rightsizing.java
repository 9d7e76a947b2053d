package io.kubesteward.rightsizing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * RIGHTSIZING.md as a pure function: a workload's facts and the settings that apply to it, in; a
 * verdict per container with the table that explains every number, the quota checks and the
 * monthly saving, out. No I/O; {@code now} is passed in.
 */
public final class Rightsizing {
    private Rightsizing() {
    }

    public static WorkloadPlan evaluate(WorkloadFacts workload, RightsizingSettings settings, Prices prices, Instant now) {
        Set<Resource> quotaBlocked = EnumSet.noneOf(Resource.class);
        List<QuotaCheck> failed = new ArrayList<>();
        while (true) {
            List<Verdict> verdicts = workload.containers().stream()
                    .map(c -> ContainerSizer.size(workload, c, settings, prices, now, quotaBlocked))
                    .toList();
            List<QuotaCheck> checks = QuotaChecks.of(workload, verdicts);
            // a resource whose increases do not fit is sized again with its increases held back
            List<QuotaCheck> over = checks.stream().filter(q -> !q.fits() && !quotaBlocked.contains(q.resource())).toList();
            if (over.isEmpty()) {
                Saving saving = verdicts.stream().filter(Proposal.class::isInstance).map(v -> ((Proposal) v).saving())
                        .reduce(Saving.none(prices.currency()), Saving::plus);
                List<QuotaCheck> all = new ArrayList<>(failed);
                all.addAll(checks);
                return new WorkloadPlan(workload.namespace(), workload.kind(), workload.name(), verdicts, all, saving,
                        QosClass.before(workload), QosClass.after(workload, verdicts));
            }
            failed.addAll(over);
            over.forEach(q -> quotaBlocked.add(q.resource()));
        }
    }
}
