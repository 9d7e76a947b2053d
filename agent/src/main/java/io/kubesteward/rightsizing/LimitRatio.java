package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;
import java.math.BigDecimal;
import java.util.List;

/** The LimitRange's maxLimitRequestRatio: a change that would break it is held back, since the API server would reject the pods. */
final class LimitRatio {
    private LimitRatio() {
    }

    static List<Line> check(SizingContext ctx, Resource r, Line request, Line limit) {
        BigDecimal max = ctx.workload().constraints().maxLimitRequestRatio().get(r);
        if (max == null || limit.proposed() == null || request.proposed().signum() <= 0 || !(request.changes() || limit.changes())) {
            return List.of(request, limit);
        }
        BigDecimal ratio = limit.proposed().ratioTo(request.proposed());
        if (ratio.compareTo(max) <= 0) {
            return List.of(request, limit);
        }
        Reason reason = new Reason(Reason.Code.LIMIT_RANGE, "limit/request would be " + Show.plain(ratio.setScale(2, java.math.RoundingMode.HALF_UP))
                + ", above the LimitRange's maxLimitRequestRatio " + Show.plain(max) + "; the API server would reject the pods");
        return List.of(hold(request, reason), hold(limit, reason));
    }

    private static Line hold(Line line, Reason reason) {
        if (!line.changes()) {
            return line;
        }
        Quantity current = line.current();
        return new Line(line.resource(), line.field(), current, line.recommended(), current, Line.Status.BLOCKED, line.rule(), line.why(), reason,
                line.inSource());
    }
}
