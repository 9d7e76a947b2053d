package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;

/**
 * Floors and caps. A request is raised to the highest floor (Steward's 10m / 32Mi, VPA minAllowed,
 * LimitRange min) and held under the lowest cap (VPA maxAllowed, LimitRange max, 75 % of the
 * largest node's allocatable); a limit is held under the LimitRange max. Caps win over floors.
 */
final class Bounds {
    private final SizingContext ctx;
    private final Resource r;

    Bounds(SizingContext ctx, Resource r) {
        this.ctx = ctx;
        this.r = r;
    }

    Target forRequest(Target t) {
        Constraints c = ctx.workload().constraints();
        t = floor(t, ctx.settings().quantity(r, Setting.CPU_FLOOR, Setting.MEMORY_FLOOR), "Steward's floor");
        t = floor(t, ctx.container().minAllowed().get(r), "VPA minAllowed");
        t = floor(t, c.limitRangeMin().get(r), "LimitRange min");
        t = cap(t, ctx.container().maxAllowed().get(r), "VPA maxAllowed");
        t = cap(t, c.limitRangeMax().get(r), "LimitRange max");
        Quantity node = c.largestNodeAllocatable().get(r);
        if (node != null) {
            t = cap(t, node.times(ctx.settings().decimal(Setting.LARGEST_NODE_SHARE)), Show.percent(ctx.settings()
                    .decimal(Setting.LARGEST_NODE_SHARE)) + " of the largest node's " + Show.of(r, node) + " allocatable");
        }
        return t;
    }

    Target forLimit(Target t) {
        return cap(t, ctx.workload().constraints().limitRangeMax().get(r), "LimitRange max");
    }

    private Target floor(Target t, Quantity floor, String what) {
        if (floor == null || !t.value().isBelow(floor)) {
            return t;
        }
        Quantity v = ctx.rounding(r).roundUp(floor);
        ctx.note(Reason.Code.BOUNDED, r.id() + " raised to " + what + " " + Show.of(r, floor));
        return t.then(v, "raised to " + what + " " + Show.of(r, floor) + " → " + Show.of(r, v));
    }

    private Target cap(Target t, Quantity cap, String what) {
        if (cap == null || !t.value().isAbove(cap)) {
            return t;
        }
        Quantity rounded = ctx.rounding(r).roundDown(cap);
        Quantity v = rounded.signum() > 0 ? rounded : cap;
        ctx.note(Reason.Code.BOUNDED, r.id() + " held at " + what + " " + Show.of(r, cap));
        return t.then(v, "capped by " + what + " " + Show.of(r, cap) + " → " + Show.of(r, v));
    }
}
