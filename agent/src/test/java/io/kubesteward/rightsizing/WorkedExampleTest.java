package io.kubesteward.rightsizing;

import static io.kubesteward.rightsizing.Fixture.line;
import static io.kubesteward.rightsizing.Fixture.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.rightsizing.Line.Field;
import io.kubesteward.rightsizing.Line.Status;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RIGHTSIZING.md's worked example, number by number. */
class WorkedExampleTest {
    /**
     * Deployment api, 4 replicas, cpu 1000m/2000m, memory 2Gi/2Gi; VPA T = {163m, 700Mi},
     * U = {420m, 980Mi}; conf 9.2 d, PeakEst 910Mi; no OOM, no HPA, template unchanged 5 d.
     */
    static WorkloadFacts api() {
        ContainerSizingFacts app = Fixture.container("app", Declared.of("1000m", "2000m"), Declared.of("2Gi", "2Gi"),
                Fixture.vpa("163m", "120m", "420m", "700Mi", "600Mi", "980Mi"),
                new SampleHistory(Fixture.daysAgo("9.2"), Fixture.NOW, 20_000, q("910Mi")));
        return Fixture.deployment("api", 4, app);
    }

    @Test
    void every_number_of_the_worked_example() {
        WorkloadPlan plan = Fixture.plan(api());
        Proposal p = assertInstanceOf(Proposal.class, plan.containers().get(0));

        Line cpuRequest = line(p, Resource.CPU, Field.REQUEST);
        assertEquals(q("1000m"), cpuRequest.current());
        assertEquals(q("170m"), cpuRequest.recommended(), "T 163m rounded up to 10m steps");
        assertEquals(q("500m"), cpuRequest.proposed(), "the 50 % step-down cap");
        assertEquals("500m", cpuRequest.proposedText());
        assertEquals(Status.CHANGE, cpuRequest.status());
        assertTrue(cpuRequest.why().contains("T 163m") && cpuRequest.why().contains("170m") && cpuRequest.why().contains("500m"),
                cpuRequest.why());

        Line cpuLimit = line(p, Resource.CPU, Field.LIMIT);
        assertEquals(q("2000m"), cpuLimit.current());
        assertEquals(q("1000m"), cpuLimit.proposed(), "ratio 2 → 1000m, ≥ U");
        assertEquals("1000m", cpuLimit.proposedText());
        assertTrue(cpuLimit.why().contains("500m × 2 = 1000m") && cpuLimit.why().contains("U 420m"), cpuLimit.why());

        Line memRequest = line(p, Resource.MEMORY, Field.REQUEST);
        Line memLimit = line(p, Resource.MEMORY, Field.LIMIT);
        assertEquals(q("2Gi"), memRequest.current());
        assertEquals(q("1088Mi"), memRequest.recommended());
        assertEquals(q("1088Mi"), memRequest.proposed(), "max(700Mi, 1.15 × 910Mi = 1046.5Mi) → 1088Mi");
        assertEquals("1088Mi", memRequest.proposedText(), "2Gi cannot say 1088Mi in whole Gi");
        assertTrue(memRequest.why().contains("1.15 × PeakEst 910Mi = 1046.5Mi"), memRequest.why());
        assertTrue(memRequest.rule().contains("memory request = limit (kept equal)"), memRequest.rule());
        assertEquals(q("1088Mi"), memLimit.proposed(), "Guaranteed: request = limit");
        assertEquals(Status.CHANGE, memLimit.status());

        assertEquals(4, p.lines().size());
        assertFalse(p.reliability());
        assertTrue(p.gates().stream().allMatch(Gate::passed), () -> p.gates().toString());
        assertEquals(List.of("scope", "kind", "VPA health", "confidence", "rollout", "HPA", "runtime"),
                p.gates().stream().map(Gate::name).toList());

        Evidence e = p.evidence();
        assertEquals(0, new BigDecimal("9.2").compareTo(e.confidenceDays()));
        assertEquals(q("910Mi"), e.peakEstimate());
        assertEquals(q("163m"), e.vpa().get(Resource.CPU).target());
        assertEquals(0, e.oomKillsInLookback());
        assertEquals(4, e.replicas());
    }

    @Test
    void savings_are_four_times_half_a_core_and_fifteen_sixteenths_of_a_gib_at_the_configured_prices() {
        WorkloadPlan plan = Fixture.plan(api());
        Saving s = plan.saving();
        assertEquals(0, new BigDecimal("2").compareTo(s.cores()), "4 × 0.5 core");
        assertEquals(0, new BigDecimal("3.75").compareTo(s.gib()), "4 × (2048 − 1088)Mi = 4 × 0.9375 GiB");
        // (2 × 0.031611 + 3.75 × 0.004237) × 730
        assertEquals(0, new BigDecimal("57.7508475").compareTo(s.perMonth()), s.perMonth().toPlainString());
        assertEquals("57.75 USD/month", s.describe());
        PullRequestDecision pr = PullRequestDecision.of(List.of(plan), RightsizingSettings.defaults(), Fixture.PRICES);
        assertTrue(pr.open(), pr.reason());
        assertFalse(pr.reliability());
    }

    @Test
    void the_next_run_after_the_cooldown_continues_the_cpu_step_down_to_170m() {
        ContainerSizingFacts after = Fixture.container("app", Declared.of("500m", "1000m"), Declared.of("1088Mi", "1088Mi"),
                Fixture.vpa("163m", "120m", "420m", "700Mi", "600Mi", "980Mi"),
                new SampleHistory(Fixture.daysAgo("9.2"), Fixture.NOW, 20_000, q("910Mi"))).withLastChangeMerged(Fixture.daysAgo("8"));
        Verdict v = Fixture.only(Fixture.deployment("api", 4, after));
        assertEquals(q("250m"), line(v, Resource.CPU, Field.REQUEST).proposed(), "500m → max(170m, 50 % of 500m)");
        assertEquals(Status.KEEP, line(v, Resource.MEMORY, Field.REQUEST).status(), "already at 1088Mi");
    }
}
