package io.kubesteward.rightsizing;

import static io.kubesteward.rightsizing.Fixture.line;
import static io.kubesteward.rightsizing.Fixture.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.rightsizing.Line.Field;
import io.kubesteward.rightsizing.Line.Status;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Capped VPA recommendations, floors and caps, the pod-floor artefact, quota headroom, the LimitRange ratio. */
class BoundsAndQuotaTest {
    private static final Map<Resource, Recommendation> QUIET_MEMORY = Map.of(Resource.MEMORY, Recommendation.of("256Mi", "200Mi", "300Mi", null));

    private static ContainerSizingFacts cpuOnly(Declared cpu, Recommendation rec) {
        return Fixture.container("app", cpu, Declared.of("256Mi", null), Map.of(Resource.CPU, rec, Resource.MEMORY,
                QUIET_MEMORY.get(Resource.MEMORY)), Fixture.history("9", "200Mi"));
    }

    @Test
    void a_target_capped_by_max_allowed_is_proposed_at_the_cap_and_the_uncapped_wish_is_reported() {
        ContainerSizingFacts c = cpuOnly(Declared.of("500m", null), Recommendation.of("1", "800m", "1", "3"))
                .withVpaPolicy(Map.of(), Map.of(Resource.CPU, q("1")));
        Verdict v = Fixture.only(Fixture.deployment("api", 2, c));
        assertEquals(q("1"), line(v, Resource.CPU, Field.REQUEST).proposed());
        assertEquals("1000m", line(v, Resource.CPU, Field.REQUEST).proposedText());
        assertTrue(v.notes().stream().anyMatch(n -> n.code() == Reason.Code.VPA_CAPPED && n.detail().contains("3000m")), v.notes()::toString);
    }

    @CatalogueEntry(60)
    @Test
    void the_limit_range_min_is_a_floor() {
        ContainerSizingFacts c = cpuOnly(Declared.of("100m", null), Recommendation.of("5m", "5m", "20m", "5m"));
        WorkloadFacts w = Fixture.deployment("api", 2, c).withConstraints(Constraints.NONE.withLimitRange(Map.of(Resource.CPU, q("50m")), Map.of()));
        Line cpu = line(Fixture.only(w), Resource.CPU, Field.REQUEST);
        assertEquals(q("50m"), cpu.proposed());
        assertTrue(cpu.why().contains("Steward's floor 10m") && cpu.why().contains("LimitRange min 50m"), cpu.why());

        Line floorOnly = line(Fixture.only(Fixture.deployment("api", 2, c)), Resource.CPU, Field.REQUEST);
        assertEquals(q("50m"), floorOnly.proposed(), "10m floor, but one PR cuts to 50 % at most");
        assertEquals(q("10m"), floorOnly.recommended());
    }

    @Test
    void requests_stay_under_three_quarters_of_the_largest_node_and_the_limit_range_max() {
        ContainerSizingFacts c = cpuOnly(Declared.of("2", null), Recommendation.of("5", "4", "6", "5"));
        WorkloadFacts w = Fixture.deployment("api", 2, c).withConstraints(Constraints.NONE.withLargestNode(Map.of(Resource.CPU, q("3900m"))));
        Line cpu = line(Fixture.only(w), Resource.CPU, Field.REQUEST);
        // 75 % of 3900m = 2925m, rounded down to 50m steps
        assertEquals(q("2900m"), cpu.proposed());
        assertEquals("2.9", cpu.proposedText(), "written in cores like the 2 it replaces");

        WorkloadFacts limited = Fixture.deployment("api", 2, c).withConstraints(Constraints.NONE.withLimitRange(Map.of(), Map.of(Resource.CPU, q("2500m"))));
        assertEquals(q("2500m"), line(Fixture.only(limited), Resource.CPU, Field.REQUEST).proposed());
    }

    @CatalogueEntry(60)
    @Test
    void a_target_that_is_only_the_vpa_pod_minimum_is_not_raised_to() {
        Map<Resource, Recommendation> floorShare = Map.of(Resource.CPU, Recommendation.of("20m", "20m", "20m", "20m"),
                Resource.MEMORY, Recommendation.of("125Mi", "125Mi", "130Mi", "125Mi"));
        ContainerSizingFacts tiny = Fixture.container("tiny", Declared.of("20m", null), Declared.of("64Mi", null), floorShare,
                Fixture.history("9", "20Mi"));
        ContainerSizingFacts main = Fixture.container("main", Declared.of("20m", null), Declared.of("1Gi", null), floorShare,
                Fixture.history("9", "20Mi"));
        Verdict v = Fixture.plan(Fixture.deployment("api", 2, tiny, main)).containers().get(0);
        assertEquals(Reason.Code.POD_FLOOR, line(v, Resource.MEMORY, Field.REQUEST).reason().code());
        assertTrue(line(v, Resource.MEMORY, Field.REQUEST).reason().detail().contains("250Mi / 2"));
    }

    @Test
    void increases_the_resource_quota_cannot_absorb_are_held_back_and_the_check_is_reported() {
        ContainerSizingFacts c = cpuOnly(Declared.of("100m", null), Recommendation.of("300m", "250m", "350m", "300m"));
        WorkloadFacts tight = Fixture.deployment("api", 10, c)
                .withConstraints(Constraints.NONE.withQuotaHeadroom(Map.of(Resource.CPU, q("1")), Map.of()));
        WorkloadPlan plan = Fixture.plan(tight);
        NotActing n = assertInstanceOf(NotActing.class, plan.containers().get(0));
        assertEquals(Reason.Code.QUOTA, n.reason().code());
        QuotaCheck check = plan.quotaChecks().get(0);
        assertFalse(check.fits());
        assertEquals(q("2"), check.needed(), "10 replicas × 200m");
        assertEquals("requests.cpu", check.quota());
        assertTrue(check.describe().contains("raise the ResourceQuota"), check.describe());

        WorkloadFacts roomy = tight.withConstraints(Constraints.NONE.withQuotaHeadroom(Map.of(Resource.CPU, q("5")), Map.of()));
        WorkloadPlan ok = Fixture.plan(roomy);
        assertEquals(q("300m"), line(ok.containers().get(0), Resource.CPU, Field.REQUEST).proposed());
        assertTrue(ok.quotaChecks().get(0).fits());
    }

    @Test
    void a_change_that_would_break_the_limit_range_ratio_is_held_back() {
        ContainerSizingFacts c = cpuOnly(Declared.of("500m", "1000m"), Recommendation.of("100m", "80m", "200m", "100m"))
                .withHeap(new ManagedHeap("jvm", "-Xmx in args"));
        Constraints ratio = new Constraints(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(Resource.CPU, new BigDecimal("2")), Map.of(),
                Map.of(), Map.of());
        Verdict v = Fixture.only(Fixture.deployment("api", 2, c).withConstraints(ratio));
        // the request would halve while a JVM's CPU limit stays: 1000m / 250m = 4 > 2
        assertEquals(Reason.Code.LIMIT_RANGE, line(v, Resource.CPU, Field.REQUEST).reason().code());
        assertEquals(Status.BLOCKED, line(v, Resource.CPU, Field.REQUEST).status());
        assertEquals(q("500m"), line(v, Resource.CPU, Field.REQUEST).proposed());
    }

    @Test
    void a_missing_memory_limit_is_reported_with_the_namespace_default() {
        Constraints defaults = new Constraints(Map.of(), Map.of(), Map.of(Resource.MEMORY, q("512Mi")), Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of());
        ContainerSizingFacts c = cpuOnly(Declared.of("100m", null), Recommendation.of("100m", "90m", "110m", "100m"));
        Verdict v = Fixture.only(Fixture.deployment("api", 2, c).withConstraints(defaults));
        assertTrue(v.notes().stream().anyMatch(n -> n.code() == Reason.Code.NO_MEMORY_LIMIT && n.detail().contains("512Mi")), v.notes()::toString);
    }
}
