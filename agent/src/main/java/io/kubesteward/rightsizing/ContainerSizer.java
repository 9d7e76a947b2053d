package io.kubesteward.rightsizing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** One container through the gates, then each resource through the rules, into a {@link Verdict}. */
final class ContainerSizer {
    private ContainerSizer() {
    }

    static Verdict size(WorkloadFacts w, ContainerSizingFacts c, RightsizingSettings s, Prices prices, Instant now,
                        Set<Resource> quotaBlocked) {
        SizingContext ctx = SizingContext.of(w, c, s, now, quotaBlocked);
        List<Gate> gates = new ArrayList<>();
        Evidence evidence = evidence(ctx);
        Reason stop = Gates.container(ctx, gates);
        if (stop != null) {
            return new NotActing(c.name(), stop, List.of(), evidence, gates, ctx.notes());
        }
        Gates.informational(ctx, gates);
        notesFromVpa(ctx);
        List<Line> lines = new ArrayList<>();
        List<Reason> skipped = new ArrayList<>();
        for (Resource r : Resource.values()) {
            Declared d = c.declared(r);
            if (c.recommendation().get(r) == null) {
                skipped.add(new Reason(Reason.Code.RESOURCE_NOT_RECOMMENDED, "the VPA gives no " + r.id()
                        + " recommendation for this container (controlledResources or mode Off)"));
            } else if (!d.hasRequest() && !d.hasLimit()) {
                skipped.add(new Reason(Reason.Code.NO_REQUEST, "no " + r.id() + " request or limit in the source; adding one would change"
                        + " the QoS class, so Steward leaves it" + namespaceDefault(w, r)));
            } else {
                lines.addAll(new ResourceSizer(ctx, r).size());
            }
        }
        skipped.forEach(reason -> ctx.note(reason.code(), reason.detail()));
        if (lines.stream().anyMatch(Line::changes)) {
            boolean reliability = ctx.notes().stream().anyMatch(n -> n.code() == Reason.Code.OOM_LIMIT_RAISE)
                    && lines.stream().anyMatch(l -> l.resource() == Resource.MEMORY && l.increases());
            return new Proposal(c.name(), lines, evidence, gates, ctx.notes(), reliability, Savings.of(lines, w.replicas(), prices, s));
        }
        return new NotActing(c.name(), mainReason(lines, skipped), lines, evidence, gates, ctx.notes());
    }

    /** The first value held back by a gate, else the first below a threshold, else "at target". */
    private static Reason mainReason(List<Line> lines, List<Reason> skipped) {
        for (Line.Status status : List.of(Line.Status.BLOCKED, Line.Status.ADVISORY)) {
            for (Line l : lines) {
                if (l.status() == status) {
                    return l.reason();
                }
            }
        }
        for (Line l : lines) {
            if (l.reason() != null && l.reason().code() == Reason.Code.BELOW_THRESHOLD) {
                return l.reason();
            }
        }
        if (lines.isEmpty() && !skipped.isEmpty()) {
            return skipped.get(0);
        }
        return new Reason(Reason.Code.AT_TARGET, "requests and limits already match the policy");
    }

    private static void notesFromVpa(SizingContext ctx) {
        for (Resource r : EnumSet.allOf(Resource.class)) {
            Recommendation rec = ctx.container().recommendation().get(r);
            if (rec != null && rec.cappedDown()) {
                ctx.note(Reason.Code.VPA_CAPPED, "the VPA's maxAllowed holds the " + r.id() + " target at " + Show.of(r, rec.target())
                        + "; uncapped it would be " + Show.of(r, rec.uncappedTarget()) + " (Steward does not go past maxAllowed)");
            } else if (rec != null && rec.raisedUp()) {
                ctx.note(Reason.Code.VPA_RAISED, "the VPA's minAllowed lifts the " + r.id() + " target from " + Show.of(r, rec.uncappedTarget())
                        + " to " + Show.of(r, rec.target()));
            }
        }
    }

    private static String namespaceDefault(WorkloadFacts w, Resource r) {
        var d = w.constraints().limitRangeDefaultRequest().get(r);
        return d == null ? "" : " (the namespace LimitRange gives pods a " + Show.of(r, d) + " request)";
    }

    private static Evidence evidence(SizingContext ctx) {
        ContainerSizingFacts c = ctx.container();
        return new Evidence(c.recommendation(), ctx.confidence().days(), ctx.confidence().source(), ctx.peak(),
                ctx.confidence().peakSource(c.history()), ctx.oom().kills().size(), ctx.oom().last(), c.restarts(),
                ctx.workload().hpaResources(), c.heap(), ctx.workload().replicas());
    }
}
