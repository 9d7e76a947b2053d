package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;
import java.math.BigDecimal;

/**
 * OOM rule 2: an OOM kill within the limit window with a memory limit raises the limit to
 * {@code max(proposed, 1.2 × current limit, current limit + 100Mi)}, rounded up. It is based on the
 * limit, not the request as the VPA's own bump is (kubernetes/autoscaler#4589).
 */
final class OomRaise {
    private OomRaise() {
    }

    static Target apply(SizingContext ctx, Target proposed, Quantity currentLimit) {
        RightsizingSettings s = ctx.settings();
        BigDecimal ratio = s.decimal(Setting.OOM_LIMIT_RAISE_RATIO);
        Quantity byRatio = currentLimit.times(ratio);
        Quantity byStep = currentLimit.plus(s.quantity(Setting.OOM_LIMIT_MIN_RAISE));
        Quantity raw = proposed.value().max(byRatio).max(byStep);
        Quantity v = ctx.rounding(Resource.MEMORY).roundUp(raw);
        ctx.note(Reason.Code.OOM_LIMIT_RAISE, "OOM-killed " + ctx.oom().kills().size() + " time(s) in the last "
                + s.text(Setting.OOM_LIMIT_RAISE_WITHIN) + " with a " + Show.of(Resource.MEMORY, currentLimit)
                + " limit: reliability change, it goes first");
        String rule = "OOM in the last " + s.text(Setting.OOM_LIMIT_RAISE_WITHIN) + " with a memory limit: max(proposed, "
                + Show.plain(ratio) + " × limit, limit + " + s.text(Setting.OOM_LIMIT_MIN_RAISE) + "), rounded up";
        return proposed.withRule(v, rule, "max(" + Show.of(Resource.MEMORY, proposed.value()) + ", " + Show.plain(ratio) + " × "
                + Show.of(Resource.MEMORY, currentLimit) + " = " + Show.of(Resource.MEMORY, byRatio) + ", "
                + Show.of(Resource.MEMORY, currentLimit) + " + " + s.text(Setting.OOM_LIMIT_MIN_RAISE) + " = "
                + Show.of(Resource.MEMORY, byStep) + ") → " + Show.of(Resource.MEMORY, v));
    }
}
