package io.kubesteward.rightsizing;

import static io.kubesteward.rightsizing.Fixture.line;
import static io.kubesteward.rightsizing.Fixture.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.rightsizing.Line.Field;
import io.kubesteward.rightsizing.Line.Status;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RIGHTSIZING.md's OOMKilled rules, with and without a memory limit. */
class OomRulesTest {
    private static final Map<Resource, Recommendation> QUIET_CPU = Map.of(Resource.CPU, Recommendation.of("100m", "90m", "110m", "100m"));

    private static Map<Resource, Recommendation> memory(String t, String l, String u) {
        return Map.of(Resource.CPU, QUIET_CPU.get(Resource.CPU), Resource.MEMORY, Recommendation.of(t, l, u, t));
    }

    private static ContainerSizingFacts oom(Declared memory, Map<Resource, Recommendation> rec, SampleHistory h, List<Instant> kills,
                                            List<Instant> raises) {
        return Fixture.container("app", Declared.of("100m", null), memory, rec, h).withOoms(kills, raises);
    }

    @Test
    void a_recent_oom_with_a_burstable_limit_raises_the_limit_even_on_a_seven_hour_old_vpa() {
        ContainerSizingFacts c = oom(Declared.of("256Mi", "512Mi"), memory("300Mi", "250Mi", "700Mi"),
                new SampleHistory(Fixture.ago("PT7H"), Fixture.NOW, 420, q("500Mi")), List.of(Fixture.daysAgo("2")), List.of());
        WorkloadPlan plan = Fixture.plan(Fixture.deployment("api", 3, c));
        Proposal p = assertInstanceOf(Proposal.class, plan.containers().get(0));
        Line limit = line(p, Resource.MEMORY, Field.LIMIT);
        // max(request 256Mi, 1.25 × 500Mi = 625Mi) → 640Mi; max(640Mi, 1.2 × 512Mi = 614.4Mi, 512Mi + 100Mi) = 640Mi
        assertEquals(q("640Mi"), limit.proposed());
        assertEquals(Status.CHANGE, limit.status());
        assertTrue(limit.rule().startsWith("OOM in the last 7d with a memory limit"), limit.rule());
        assertTrue(limit.why().contains("1.2 × 512Mi = 614.4Mi"), limit.why());
        assertEquals(Reason.Code.LOW_CONFIDENCE, line(p, Resource.MEMORY, Field.REQUEST).reason().code(),
                "only the OOM rule acts under a day of history");
        assertTrue(p.reliability());
        assertTrue(Fixture.noted(p, Reason.Code.OOM_LIMIT_RAISE));
        PullRequestDecision pr = PullRequestDecision.of(List.of(plan), RightsizingSettings.defaults(), Fixture.PRICES);
        assertTrue(pr.open() && pr.reliability(), pr.reason());
        assertTrue(pr.reason().startsWith("reliability"), pr.reason());
    }

    @Test
    void a_recent_oom_of_a_guaranteed_container_raises_request_and_limit_together() {
        ContainerSizingFacts c = oom(Declared.of("1Gi", "1Gi"), memory("800Mi", "700Mi", "1Gi"), null,
                List.of(Fixture.ago("PT20H")), List.of());
        WorkloadFacts w = Fixture.deployment("api", 3, c).withVpa(new VpaStatus("api", Fixture.ago("PT2H"), "Off", true, false, false));
        Verdict v = Fixture.only(w);
        // max(T 800Mi, 1.2 × 1Gi = 1228.8Mi, 1Gi + 100Mi = 1124Mi) → 1280Mi (64Mi steps)
        assertEquals(q("1280Mi"), line(v, Resource.MEMORY, Field.REQUEST).proposed());
        assertEquals(q("1280Mi"), line(v, Resource.MEMORY, Field.LIMIT).proposed());
        assertEquals("1280Mi", line(v, Resource.MEMORY, Field.LIMIT).proposedText());
        assertTrue(assertInstanceOf(Proposal.class, v).reliability());
    }

    @Test
    void an_oom_without_a_limit_raises_the_request_to_cover_the_peak_and_leaves_the_limit_alone() {
        ContainerSizingFacts c = oom(Declared.of("256Mi", null), memory("240Mi", "200Mi", "300Mi"), Fixture.history("9", "400Mi"),
                List.of(Fixture.daysAgo("3")), List.of());
        Verdict v = Fixture.only(Fixture.deployment("api", 2, c));
        Line request = line(v, Resource.MEMORY, Field.REQUEST);
        // max(T 240Mi, 1.15 × 400Mi = 460Mi) → 464Mi (16Mi steps)
        assertEquals(q("464Mi"), request.proposed());
        assertTrue(request.rule().startsWith("OOM without a memory limit"), request.rule());
        Line limit = line(v, Resource.MEMORY, Field.LIMIT);
        assertEquals(null, limit.current());
        assertEquals(null, limit.proposed());
        assertFalse(limit.changes());
        assertTrue(Fixture.noted(v, Reason.Code.NODE_LEVEL_OOM));
        assertTrue(Fixture.noted(v, Reason.Code.NO_MEMORY_LIMIT));
    }

    @Test
    void any_oom_in_fourteen_days_freezes_memory_decreases_and_one_older_than_seven_raises_nothing() {
        ContainerSizingFacts c = oom(Declared.of("1Gi", "2Gi"), memory("300Mi", "250Mi", "350Mi"), Fixture.history("9", "400Mi"),
                List.of(Fixture.daysAgo("10")), List.of());
        Verdict v = Fixture.only(Fixture.deployment("api", 2, c));
        NotActing n = assertInstanceOf(NotActing.class, v);
        assertEquals(Reason.Code.OOM_FREEZE, line(v, Resource.MEMORY, Field.REQUEST).reason().code());
        assertEquals(Reason.Code.OOM_FREEZE, line(v, Resource.MEMORY, Field.LIMIT).reason().code());
        assertEquals(q("2Gi"), line(v, Resource.MEMORY, Field.LIMIT).proposed());
        assertEquals(Reason.Code.OOM_FREEZE, n.reason().code());
        assertEquals(1, n.evidence().oomKillsInLookback());
    }

    @Test
    void an_oom_older_than_the_lookback_is_forgotten() {
        ContainerSizingFacts c = oom(Declared.of("1Gi", "2Gi"), memory("300Mi", "250Mi", "350Mi"), Fixture.history("9", "400Mi"),
                List.of(Fixture.daysAgo("20")), List.of());
        Verdict v = Fixture.only(Fixture.deployment("api", 2, c));
        assertEquals(q("512Mi"), line(v, Resource.MEMORY, Field.REQUEST).proposed(), "304Mi, held at 50 % of 1Gi this time");
        assertEquals(0, v.evidence().oomKillsInLookback());
    }

    @Test
    void after_two_oom_driven_raises_in_fourteen_days_steward_stops_raising_and_says_why() {
        ContainerSizingFacts c = oom(Declared.of("1Gi", "1Gi"), memory("1536Mi", "1Gi", "2Gi"), Fixture.history("9", "1Gi"),
                List.of(Fixture.daysAgo("1")), List.of(Fixture.daysAgo("5"), Fixture.daysAgo("12")));
        NotActing n = assertInstanceOf(NotActing.class, Fixture.only(Fixture.deployment("api", 2, c)));
        assertEquals(Reason.Code.SUSPECTED_LEAK, n.reason().code());
        assertTrue(n.reason().detail().contains("suspected leak or mis-sized limit"), n.reason().detail());
        assertFalse(Fixture.noted(n, Reason.Code.OOM_LIMIT_RAISE));

        ContainerSizingFacts once = oom(Declared.of("1Gi", "1Gi"), memory("1536Mi", "1Gi", "2Gi"), Fixture.history("9", "1Gi"),
                List.of(Fixture.daysAgo("1")), List.of(Fixture.daysAgo("5")));
        Verdict v = Fixture.only(Fixture.deployment("api", 2, once));
        // Guaranteed: max(1536Mi, 1.15 × 1Gi) = 1536Mi; OOM: max(1536Mi, 1228.8Mi, 1124Mi) = 1536Mi
        assertEquals(q("1536Mi"), line(v, Resource.MEMORY, Field.LIMIT).proposed());
        assertEquals("1536Mi", line(v, Resource.MEMORY, Field.LIMIT).proposedText(), "1Gi style cannot say 1.5Gi in whole Gi");
    }
}
