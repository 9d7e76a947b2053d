package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether a value moves to its target: RIGHTSIZING.md's "when to act" thresholds first, then the
 * gates that hold increases or decreases back, then the step-down cap. A forced change (OOM rule 2)
 * skips the thresholds and the confidence, HPA and pod-floor gates.
 */
final class ChangeRules {
    private final SizingContext ctx;
    private final Resource r;
    private final Recommendation rec;

    ChangeRules(SizingContext ctx, Resource r) {
        this.ctx = ctx;
        this.r = r;
        this.rec = ctx.container().recommendation().get(r);
    }

    Line decide(Line.Field field, Quantity current, Target target, boolean forced, boolean inSource) {
        Quantity value = target.value();
        int cmp = value.compareTo(current);
        if (cmp == 0) {
            return line(field, current, target, current, Line.Status.KEEP, new Reason(Reason.Code.AT_TARGET, "already at the recommended value"),
                    inSource);
        }
        boolean up = cmp > 0;
        if (!forced) {
            Reason small = up ? increaseTooSmall(field, current, value) : decreaseTooSmall(field, current, value);
            if (small != null) {
                return line(field, current, target, current, Line.Status.KEEP, small, inSource);
            }
        }
        List<Reason> blockers = up ? new UpGates(ctx, r, rec).blockers(field, forced) : new DownGates(ctx, r, rec).blockers(field);
        if (!blockers.isEmpty()) {
            boolean advisoryOnly = blockers.size() == 1 && blockers.get(0).code() == Reason.Code.MANAGED_HEAP && r == Resource.MEMORY;
            Reason reason = new Reason(blockers.get(0).code(), blockers.stream().map(Reason::detail).collect(Collectors.joining("; ")));
            return line(field, current, target, current, advisoryOnly ? Line.Status.ADVISORY : Line.Status.BLOCKED, reason, inSource);
        }
        if (up) {
            return line(field, current, target, value, Line.Status.CHANGE, null, inSource);
        }
        BigDecimal floorShare = ctx.settings().decimal(Setting.STEP_DOWN_FLOOR);
        Quantity floor = stepFloor(current, floorShare);
        Target capped = target;
        if (floor.isAbove(value)) {
            capped = target.then(floor, "one PR goes no lower than " + Show.percent(floorShare) + " of " + Show.of(r, current) + " → "
                    + Show.of(r, floor) + " (later runs continue)");
        }
        Quantity min = ctx.settings().quantity(r, Setting.DECREASE_MINIMUM_CPU, Setting.DECREASE_MINIMUM_MEMORY);
        if (current.minus(capped.value()).isBelow(min)) {
            return line(field, current, target, current, Line.Status.KEEP, new Reason(Reason.Code.BELOW_THRESHOLD,
                    "after the step-down cap the cut is under " + Show.of(r, min)), inSource);
        }
        return new Line(r, field, current, value, capped.value(), Line.Status.CHANGE, capped.rule(), capped.why(), null, inSource);
    }

    /** The lowest value one PR may reach, on the grid; whole cores stay whole for a Guaranteed container written in cores. */
    private Quantity stepFloor(Quantity current, BigDecimal share) {
        Quantity raw = current.times(share);
        Declared declared = ctx.container().declared(r);
        if (r == Resource.CPU && declared.guaranteed() && current.isWhole()) {
            return raw.withAmount(raw.amount().setScale(0, RoundingMode.CEILING));
        }
        return ctx.rounding(r).roundUp(raw);
    }

    private Line line(Line.Field field, Quantity current, Target target, Quantity proposed, Line.Status status, Reason reason,
                      boolean inSource) {
        return new Line(r, field, current, target.value(), proposed, status, target.rule(), target.why(), reason, inSource);
    }

    private Reason increaseTooSmall(Line.Field field, Quantity current, Quantity value) {
        Quantity delta = value.minus(current);
        BigDecimal ratio = ctx.settings().decimal(Setting.INCREASE_RATIO);
        Quantity min = ctx.settings().quantity(r, Setting.INCREASE_MINIMUM_CPU, Setting.INCREASE_MINIMUM_MEMORY);
        boolean belowL = field == Line.Field.REQUEST && rec != null && current.isBelow(rec.lowerBound());
        boolean large = current.signum() == 0 || delta.ratioTo(current).compareTo(ratio) >= 0;
        if ((belowL || large) && !delta.isBelow(min)) {
            return null;
        }
        return new Reason(Reason.Code.BELOW_THRESHOLD, "+" + Show.of(r, delta) + change(delta, current) + ": an increase acts when "
                + (field == Line.Field.REQUEST ? "the request is below L or " : "") + "it is at least " + Show.percent(ratio)
                + ", and at least " + Show.of(r, min));
    }

    private Reason decreaseTooSmall(Line.Field field, Quantity current, Quantity value) {
        Quantity delta = current.minus(value);
        BigDecimal ratio = ctx.settings().decimal(Setting.DECREASE_RATIO);
        Quantity min = ctx.settings().quantity(r, Setting.DECREASE_MINIMUM_CPU, Setting.DECREASE_MINIMUM_MEMORY);
        boolean aboveU = field == Line.Field.REQUEST && rec != null && current.isAbove(rec.upperBound())
                && ctx.confidence().level() == Confidence.Level.FULL;
        boolean large = delta.ratioTo(current).compareTo(ratio) >= 0;
        if ((aboveU || large) && !delta.isBelow(min)) {
            return null;
        }
        return new Reason(Reason.Code.BELOW_THRESHOLD, "−" + Show.of(r, delta) + change(delta, current) + ": a decrease acts when "
                + (field == Line.Field.REQUEST ? "the request is above U (with " + ctx.settings().text(Setting.MIN_HISTORY_FOR_DECREASES)
                + " of history) or " : "") + "it is at least " + Show.percent(ratio) + ", and at least " + Show.of(r, min));
    }

    private static String change(Quantity delta, Quantity current) {
        return current.signum() == 0 ? "" : " (" + Show.percent(delta.ratioTo(current).setScale(2, RoundingMode.HALF_UP)) + ")";
    }

    static Duration since(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        return d.isNegative() ? Duration.ZERO : d;
    }
}
