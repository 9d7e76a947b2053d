package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builders for the policy tests: a healthy Deployment with a week-old-plus VPA unless a test says otherwise. */
final class Fixture {
    static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
    /** Kubecost's default on-demand prices, as in rules/rightsizing/prices.yaml. */
    static final Prices PRICES = Prices.of("USD", "0.031611", "0.004237");

    private Fixture() {
    }

    static Instant ago(String duration) {
        return NOW.minus(Duration.parse(duration));
    }

    static Instant daysAgo(String days) {
        return NOW.minusSeconds(new BigDecimal(days).multiply(BigDecimal.valueOf(86_400)).longValueExact());
    }

    static Quantity q(String text) {
        return Quantity.parse(text);
    }

    /** T, L, U for cpu then memory; uncapped targets equal the targets. */
    static Map<Resource, Recommendation> vpa(String cpuT, String cpuL, String cpuU, String memT, String memL, String memU) {
        return Map.of(Resource.CPU, Recommendation.of(cpuT, cpuL, cpuU, cpuT), Resource.MEMORY, Recommendation.of(memT, memL, memU, memT));
    }

    /** A checkpoint with {@code days} of dense history and the given memory peak (null: empty histogram). */
    static SampleHistory history(String days, String peak) {
        return new SampleHistory(daysAgo(days), NOW, 1_000_000, peak == null ? null : q(peak));
    }

    static ContainerSizingFacts container(String name, Declared cpu, Declared memory, Map<Resource, Recommendation> rec, SampleHistory h) {
        return ContainerSizingFacts.of(name, cpu, memory, rec).withHistory(h);
    }

    static VpaStatus vpaOff(String name) {
        return new VpaStatus(name, daysAgo("30"), "Off", true, false, false);
    }

    static WorkloadFacts deployment(String name, int replicas, ContainerSizingFacts... containers) {
        return new WorkloadFacts("shop", ControllerKind.DEPLOYMENT, name, replicas, daysAgo("5"), Set.of(), vpaOff(name),
                Constraints.NONE, List.of(containers));
    }

    static WorkloadPlan plan(WorkloadFacts w) {
        return Rightsizing.evaluate(w, RightsizingSettings.defaults(), PRICES, NOW);
    }

    static Verdict only(WorkloadFacts w) {
        return plan(w).containers().get(0);
    }

    static Line line(Verdict v, Resource r, Line.Field f) {
        return v.lines().stream().filter(l -> l.resource() == r && l.field() == f).findFirst()
                .orElseThrow(() -> new AssertionError("no " + r + " " + f + " line in " + v));
    }

    static boolean noted(Verdict v, Reason.Code code) {
        return v.notes().stream().anyMatch(n -> n.code() == code);
    }
}
