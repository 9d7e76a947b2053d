package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What every rule for one container needs, derived once; {@code notes} collects facts for the reviewer. */
record SizingContext(
        WorkloadFacts workload,
        ContainerSizingFacts container,
        RightsizingSettings settings,
        Instant now,
        Confidence confidence,
        OomHistory oom,
        Quantity peak,
        Set<Resource> quotaBlocked,
        List<Reason> notes) {

    static SizingContext of(WorkloadFacts w, ContainerSizingFacts c, RightsizingSettings s, Instant now, Set<Resource> quotaBlocked) {
        Confidence confidence = Confidence.of(c.history(), w.vpa(), now, s);
        Quantity peak = confidence.peak(c.history(), c.recommendation().get(Resource.MEMORY));
        return new SizingContext(w, c, s, now, confidence, OomHistory.of(c, now, s), peak, Set.copyOf(quotaBlocked), new ArrayList<>());
    }

    RoundingSteps rounding(Resource r) {
        return settings.rounding(r);
    }

    boolean hpaOn(Resource r) {
        return workload.hpaResources().contains(r);
    }

    /** OOM rule 2 applies: a kill within the limit window, a memory limit to raise, and raises not exhausted. */
    boolean oomLimitRaise() {
        return oom.recentForLimit() && container.memory().hasLimit() && !oom.raisesExhausted();
    }

    void note(Reason.Code code, String detail) {
        if (notes.stream().noneMatch(n -> n.code() == code && n.detail().equals(detail))) {
            notes.add(new Reason(code, detail));
        }
    }
}
