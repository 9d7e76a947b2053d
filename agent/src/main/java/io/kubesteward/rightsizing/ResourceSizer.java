package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * RIGHTSIZING.md's requests, limits and OOM rules for one resource of one container: the request's
 * target, rounded, floored and capped, decided; then the limit from the decided request, keeping the
 * author's choice of none, Guaranteed or Burstable.
 */
final class ResourceSizer {
    private final SizingContext ctx;
    private final Resource r;
    private final Declared declared;
    private final Recommendation rec;
    private final ChangeRules rules;
    private final Bounds bounds;

    ResourceSizer(SizingContext ctx, Resource r) {
        this.ctx = ctx;
        this.r = r;
        this.declared = ctx.container().declared(r);
        this.rec = ctx.container().recommendation().get(r);
        this.rules = new ChangeRules(ctx, r);
        this.bounds = new Bounds(ctx, r);
    }

    List<Line> size() {
        Line request = request();
        Line limit = limit(request);
        return LimitRatio.check(ctx, r, request, limit);
    }

    private Line request() {
        Quantity current = declared.effectiveRequest();
        Target t = requestTarget();
        boolean oomRaise = r == Resource.MEMORY && declared.guaranteed() && ctx.oomLimitRaise();
        if (oomRaise) {
            t = OomRaise.apply(ctx, t, declared.limit());
        }
        t = bounds.forRequest(round(t, current));
        return rules.decide(Line.Field.REQUEST, current, t, oomRaise, declared.hasRequest());
    }

    private Target requestTarget() {
        Quantity target = rec.target();
        String tText = "T " + Show.of(r, target);
        if (r == Resource.CPU) {
            if (declared.guaranteed()) {
                Quantity v = target.max(rec.upperBound());
                return new Target(v, "CPU request = limit (kept equal): max(T, U)",
                        "max(" + tText + ", U " + Show.of(r, rec.upperBound()) + ") = " + Show.of(r, v));
            }
            return new Target(target, "CPU request = T", tText);
        }
        if (declared.guaranteed()) {
            return peakCovered(Setting.GUARANTEED_MEMORY_PEAK_MARGIN, "memory request = limit (kept equal): request = max(T, %s × PeakEst)");
        }
        if (!declared.hasLimit() && ctx.oom().any()) {
            ctx.note(Reason.Code.NODE_LEVEL_OOM, "OOM-killed without a memory limit: the node ran out of memory; the request is raised"
                    + " to cover the peak so the scheduler reserves it (node memory pressure)");
            return peakCovered(Setting.OOM_NO_LIMIT_PEAK_MARGIN, "OOM without a memory limit: request = max(T, %s × PeakEst)");
        }
        return new Target(target, "memory request = T", tText);
    }

    private Target peakCovered(Setting margin, String ruleFormat) {
        BigDecimal m = ctx.settings().decimal(margin);
        String rule = String.format(ruleFormat, Show.plain(m));
        Quantity peak = ctx.peak();
        if (peak == null) {
            ctx.note(Reason.Code.PEAK_UNKNOWN, "PeakEst unknown (no checkpoint histogram, under "
                    + ctx.settings().text(Setting.MIN_HISTORY_FOR_DECREASES) + " of history): T alone sets the memory request");
            return new Target(rec.target(), rule, "T " + Show.of(r, rec.target()) + " (PeakEst unknown)");
        }
        Quantity covered = peak.times(m);
        Quantity v = rec.target().max(covered);
        return new Target(v, rule, "max(T " + Show.of(r, rec.target()) + ", " + Show.plain(m) + " × PeakEst " + Show.of(r, peak) + " = "
                + Show.of(r, covered) + ") = " + Show.of(r, v));
    }

    /** Up to the next step; a Guaranteed container written in whole cores stays in whole cores. */
    private Target round(Target t, Quantity current) {
        Quantity v = t.value();
        Quantity rounded;
        String how;
        if (r == Resource.CPU && declared.guaranteed() && current.isWhole() && current.signum() > 0) {
            rounded = v.withAmount(v.amount().setScale(0, RoundingMode.CEILING));
            how = "whole cores stay whole cores: " + Show.of(r, rounded);
        } else {
            rounded = ctx.rounding(r).roundUp(v);
            how = "rounded up to " + Show.of(r, rounded) + " (" + Show.of(r, ctx.rounding(r).step(v)) + " steps)";
        }
        return rounded.equals(v) ? t : t.then(rounded, how);
    }

    private Line limit(Line request) {
        if (!declared.hasLimit()) {
            if (r == Resource.MEMORY) {
                Quantity namespaceDefault = ctx.workload().constraints().limitRangeDefaultLimit().get(r);
                ctx.note(Reason.Code.NO_MEMORY_LIMIT, "no memory limit" + (namespaceDefault == null ? ""
                        : " in the source (the namespace LimitRange gives pods " + Show.of(r, namespaceDefault) + ")")
                        + "; Steward never adds one by default");
            }
            return new Line(r, Line.Field.LIMIT, null, null, null, Line.Status.KEEP, "no limit: keep none",
                    "the author set no " + r.id() + " limit", new Reason(Reason.Code.AT_TARGET, "no limit declared; none proposed"), false);
        }
        Quantity current = declared.limit();
        if (declared.guaranteed()) {
            return new Line(r, Line.Field.LIMIT, current, request.recommended(), request.proposed(), request.status(),
                    "limit = request (kept equal)", request.why() + "; the limit follows the request", request.reason(), true);
        }
        Target t = round(burstableLimit(request.proposed(), current), current);
        boolean oomRaise = r == Resource.MEMORY && ctx.oomLimitRaise();
        if (oomRaise) {
            t = OomRaise.apply(ctx, t, current);
        }
        Line line = rules.decide(Line.Field.LIMIT, current, bounds.forLimit(t), oomRaise, true);
        if (line.proposed().isBelow(request.proposed())) {
            return new Line(r, Line.Field.LIMIT, current, line.recommended(), request.proposed(), Line.Status.CHANGE,
                    "a limit is never below its request", line.why() + "; raised to the request " + Show.of(r, request.proposed()), null, true);
        }
        return line;
    }

    private Target burstableLimit(Quantity request, Quantity current) {
        if (r == Resource.CPU) {
            Quantity currentRequest = declared.effectiveRequest();
            if (currentRequest.signum() == 0) {
                Quantity v = current.max(rec.upperBound());
                return new Target(v, "CPU limit above the request: max(request × current limit/request ratio, U)",
                        "a zero request has no ratio: max(limit " + Show.of(r, current) + ", U " + Show.of(r, rec.upperBound()) + ") = "
                                + Show.of(r, v));
            }
            Quantity scaled = request.scaled(current, currentRequest);
            Quantity v = scaled.max(rec.upperBound());
            return new Target(v, "CPU limit above the request: max(request × current limit/request ratio, U)",
                    "max(" + Show.of(r, request) + " × " + Show.plain(current.ratioTo(currentRequest).setScale(2, RoundingMode.HALF_UP))
                            + " = " + Show.of(r, scaled) + ", U " + Show.of(r, rec.upperBound()) + ") = " + Show.of(r, v));
        }
        BigDecimal m = ctx.settings().decimal(Setting.BURSTABLE_MEMORY_LIMIT_PEAK_MARGIN);
        String rule = "memory limit above the request: max(request, " + Show.plain(m) + " × PeakEst)";
        Quantity peak = ctx.peak();
        if (peak == null) {
            Quantity v = request.max(current);
            return new Target(v, rule, "PeakEst unknown: the limit stays unless the request " + Show.of(r, request) + " passes it");
        }
        Quantity covered = peak.times(m);
        Quantity v = request.max(covered);
        return new Target(v, rule, "max(request " + Show.of(r, request) + ", " + Show.plain(m) + " × PeakEst " + Show.of(r, peak) + " = "
                + Show.of(r, covered) + ") = " + Show.of(r, v));
    }
}
