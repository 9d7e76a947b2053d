package io.kubesteward.rightsizing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What holds a decrease back: too little history, a Job, an HPA on the resource (requests), a recent
 * rollout, the cooldown after the last merge, OOM kills (memory), CPU throttling, a managed heap.
 */
final class DownGates {
    private final SizingContext ctx;
    private final Resource r;
    private final Recommendation rec;

    DownGates(SizingContext ctx, Resource r, Recommendation rec) {
        this.ctx = ctx;
        this.r = r;
        this.rec = rec;
    }

    List<Reason> blockers(Line.Field field) {
        List<Reason> b = new ArrayList<>();
        RightsizingSettings s = ctx.settings();
        boolean request = field == Line.Field.REQUEST;
        Declared declared = ctx.container().declared(r);
        if (ctx.confidence().level() != Confidence.Level.FULL) {
            b.add(new Reason(Reason.Code.LOW_CONFIDENCE, Show.days(ctx.confidence().days()) + " of VPA history: decreases need "
                    + s.text(Setting.MIN_HISTORY_FOR_DECREASES)));
        }
        if (ctx.workload().kind().increasesOnly()) {
            b.add(new Reason(Reason.Code.JOB_INCREASES_ONLY, ctx.workload().kind().kind() + ": increases only"));
        }
        if (request && ctx.hpaOn(r)) {
            b.add(new Reason(Reason.Code.HPA, "an HPA scales on " + r.id() + ", so its " + r.id() + " request stays"));
        }
        Duration quiet = s.duration(Setting.POD_TEMPLATE_STABLE_FOR_DECREASES);
        Instant changed = ctx.workload().podTemplateChangedAt();
        if (changed == null) {
            b.add(new Reason(Reason.Code.ROLLOUT_RECENT, "when the pod template last changed is unknown; decreases need it unchanged for "
                    + s.text(Setting.POD_TEMPLATE_STABLE_FOR_DECREASES)));
        } else if (ChangeRules.since(changed, ctx.now()).compareTo(quiet) < 0) {
            b.add(new Reason(Reason.Code.ROLLOUT_RECENT, "the pod template changed " + Show.duration(ChangeRules.since(changed, ctx.now()))
                    + " ago; decreases wait until it is unchanged for " + s.text(Setting.POD_TEMPLATE_STABLE_FOR_DECREASES)));
        }
        Instant merged = ctx.container().lastChangeMerged();
        if (merged != null && ChangeRules.since(merged, ctx.now()).compareTo(s.duration(Setting.DECREASE_COOLDOWN)) < 0) {
            b.add(new Reason(Reason.Code.COOLDOWN, "a merge changed this container " + Show.duration(ChangeRules.since(merged, ctx.now()))
                    + " ago; no decrease within " + s.text(Setting.DECREASE_COOLDOWN)));
        }
        if (r == Resource.MEMORY && ctx.oom().any()) {
            b.add(new Reason(Reason.Code.OOM_FREEZE, ctx.oom().kills().size() + " OOM kill(s) in the last " + s.text(Setting.OOM_LOOKBACK)
                    + " (last " + ctx.oom().last() + "): memory decreases are frozen"));
        }
        if (r == Resource.CPU && request && declared.hasLimit() && rec != null
                && !rec.upperBound().isBelow(declared.limit().times(s.decimal(Setting.CPU_THROTTLED_RATIO)))) {
            b.add(new Reason(Reason.Code.CPU_THROTTLED, "U " + Show.of(r, rec.upperBound()) + " is at least "
                    + Show.percent(s.decimal(Setting.CPU_THROTTLED_RATIO)) + " of the CPU limit " + Show.of(r, declared.limit())
                    + ": demand is censored by throttling"));
        }
        ManagedHeap heap = ctx.container().heap();
        if (heap != null && r == Resource.CPU && (!request || declared.guaranteed())) {
            b.add(new Reason(Reason.Code.MANAGED_HEAP, heap.runtime() + " (" + heap.evidence() + "): its CPU limit is never lowered"
                    + (request ? ", and the request stays equal to the limit" : "")));
        }
        if (heap != null && r == Resource.MEMORY) {
            b.add(new Reason(Reason.Code.MANAGED_HEAP, heap.runtime() + " (" + heap.evidence() + "): memory decreases are advisory only;"
                    + " lower the heap setting and the memory together by hand"));
        }
        return b;
    }
}
