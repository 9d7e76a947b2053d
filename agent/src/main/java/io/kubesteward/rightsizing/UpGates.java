package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What holds an increase back: too little history, an HPA on the resource, the VPA's pod floor, a suspected leak, the quota. */
final class UpGates {
    private final SizingContext ctx;
    private final Resource r;
    private final Recommendation rec;

    UpGates(SizingContext ctx, Resource r, Recommendation rec) {
        this.ctx = ctx;
        this.r = r;
        this.rec = rec;
    }

    List<Reason> blockers(Line.Field field, boolean forced) {
        List<Reason> b = new ArrayList<>();
        boolean request = field == Line.Field.REQUEST;
        if (!forced && ctx.confidence().level() == Confidence.Level.NONE) {
            b.add(new Reason(Reason.Code.LOW_CONFIDENCE, Show.days(ctx.confidence().days()) + " of VPA history is under "
                    + ctx.settings().text(Setting.MIN_HISTORY_FOR_INCREASES) + ": only the OOM rule acts"));
        }
        if (!forced && request && ctx.hpaOn(r)) {
            b.add(new Reason(Reason.Code.HPA, "an HPA scales on " + r.id() + ", so its " + r.id()
                    + " request stays (changing it moves the scale point); the other resource is still sized"));
        }
        if (!forced && request && podFloorArtefact()) {
            b.add(new Reason(Reason.Code.POD_FLOOR, "T " + Show.of(r, rec.target()) + " is only the VPA's per-pod minimum share ("
                    + Show.of(r, podMinimum()) + " / " + containers() + ") and the peak is far below the current request"));
        }
        if (r == Resource.MEMORY && ctx.oom().raisesExhausted()) {
            b.add(new Reason(Reason.Code.SUSPECTED_LEAK, ctx.oom().raises() + " OOM-driven raises within "
                    + ctx.settings().text(Setting.OOM_LOOKBACK) + ": suspected leak or mis-sized limit; a person decides"));
        }
        if (ctx.quotaBlocked().contains(r)) {
            b.add(new Reason(Reason.Code.QUOTA, "the namespace ResourceQuota cannot absorb the " + r.id()
                    + " increase across all replicas; raise the quota first"));
        }
        return b;
    }

    /** RIGHTSIZING.md: T equals the recommender's per-pod minimum share and the peak is far below the current request. */
    private boolean podFloorArtefact() {
        if (rec == null) {
            return false;
        }
        Quantity share = podMinimum().times(BigDecimal.ONE.divide(BigDecimal.valueOf(containers()), 12, java.math.RoundingMode.HALF_UP));
        Quantity unit = r == Resource.CPU ? Quantity.parse("1m") : Quantity.parse("1Mi");
        // within one histogram bucket (5 %) and the unit the recommender truncates to
        Quantity low = share.minus(unit);
        Quantity high = share.times(new BigDecimal("1.05")).plus(unit);
        Quantity t = rec.target();
        if (t.isBelow(low) || t.isAbove(high)) {
            return false;
        }
        Quantity peak = r == Resource.MEMORY && ctx.peak() != null ? ctx.peak() : rec.upperBound();
        Quantity current = ctx.container().declared(r).effectiveRequest();
        return peak.isBelow(current.times(ctx.settings().decimal(Setting.POD_FLOOR_PEAK_RATIO)));
    }

    private Quantity podMinimum() {
        return ctx.settings().quantity(r, Setting.VPA_POD_MINIMUM_CPU, Setting.VPA_POD_MINIMUM_MEMORY);
    }

    private int containers() {
        return Math.max(1, ctx.workload().recommendedContainers());
    }
}
