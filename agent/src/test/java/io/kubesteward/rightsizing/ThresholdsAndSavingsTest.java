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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When to act, rounding, the step-down cap, Guaranteed CPU, the author's style, and savings with prices. */
class ThresholdsAndSavingsTest {

    private static Verdict cpu(String current, String limit, String t, String l, String u) {
        Map<Resource, Recommendation> rec = Map.of(Resource.CPU, Recommendation.of(t, l, u, t));
        ContainerSizingFacts c = Fixture.container("app", Declared.of(current, limit), Declared.NONE, rec, Fixture.history("9", null));
        return Fixture.only(Fixture.deployment("web", 2, c));
    }

    private static Verdict memory(String current, String t, String l, String u) {
        Map<Resource, Recommendation> rec = Map.of(Resource.MEMORY, Recommendation.of(t, l, u, t));
        ContainerSizingFacts c = Fixture.container("app", Declared.NONE, Declared.of(current, null), rec, Fixture.history("9", null));
        return Fixture.only(Fixture.deployment("web", 2, c));
    }

    @ParameterizedTest(name = "cpu {0}, T {1} L {2} U {3} → {4} {5}")
    @CsvSource(delimiter = '|', textBlock = """
            200m  | 210m | 150m | 300m  | KEEP   | 200m
            200m  | 205m | 205m | 300m  | CHANGE | 210m
            50m   | 52m  | 52m  | 150m  | KEEP   | 50m
            100m  | 104m | 104m | 150m  | CHANGE | 110m
            200m  | 240m | 150m | 300m  | CHANGE | 240m
            1000m | 850m | 700m | 990m  | CHANGE | 850m
            1000m | 850m | 700m | 1100m | KEEP   | 1000m
            1000m | 790m | 700m | 1100m | CHANGE | 790m
            100m  | 80m  | 70m  | 120m  | KEEP   | 100m
            40m   | 10m  | 10m  | 15m   | KEEP   | 40m
            200m  | 196m | 150m | 300m  | KEEP   | 200m
            163m  | 163m | 150m | 300m  | KEEP   | 163m
            1     | 500m | 400m | 600m  | CHANGE | 500m
            """)
    void when_a_cpu_request_moves(String current, String t, String l, String u, Status status, String proposed) {
        Line request = line(cpu(current, null, t, l, u), Resource.CPU, Field.REQUEST);
        assertEquals(status, request.status(), () -> request.why() + " / " + request.reason());
        assertEquals(q(proposed), request.proposed());
    }

    @Test
    void small_changes_say_which_threshold_they_missed() {
        Line keep = line(cpu("200m", null, "210m", "150m", "300m"), Resource.CPU, Field.REQUEST);
        assertEquals(Reason.Code.BELOW_THRESHOLD, keep.reason().code());
        assertTrue(keep.reason().detail().contains("+10m (5 %)") && keep.reason().detail().contains("10 %"), keep.reason().detail());
        Line capped = line(cpu("40m", null, "10m", "10m", "15m"), Resource.CPU, Field.REQUEST);
        assertTrue(capped.reason().detail().contains("after the step-down cap"), capped.reason().detail());
    }

    @Test
    void a_value_the_author_wrote_in_cores_stays_in_cores() {
        assertEquals("0.5", line(cpu("1", null, "500m", "400m", "600m"), Resource.CPU, Field.REQUEST).proposedText());
    }

    @ParameterizedTest(name = "memory {0}, T {1} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            256Mi | 260Mi | 200Mi | KEEP   | 256Mi
            512Mi | 600Mi | 500Mi | CHANGE | 608Mi
            100Mi | 101Mi | 101Mi | KEEP   | 100Mi
            200Mi | 210Mi | 210Mi | CHANGE | 216Mi
            100Mi | 110Mi | 90Mi  | KEEP   | 100Mi
            1Gi   | 20Mi  | 20Mi  | CHANGE | 512Mi
            2Gi   | 1100Mi| 1Gi   | CHANGE | 1152Mi
            """)
    void when_a_memory_request_moves(String current, String t, String l, Status status, String proposed) {
        Line request = line(memory(current, t, l, "3Gi"), Resource.MEMORY, Field.REQUEST);
        assertEquals(status, request.status(), () -> request.why() + " / " + request.reason());
        assertEquals(q(proposed), request.proposed());
    }

    @Test
    void guaranteed_cpu_in_whole_cores_stays_in_whole_cores() {
        Verdict v = Fixture.only(Fixture.deployment("web", 2, Fixture.container("app", Declared.of("2", "2"), Declared.NONE,
                Map.of(Resource.CPU, Recommendation.of("2300m", "2", "2600m", "2300m")), Fixture.history("9", null))));
        assertEquals(q("3"), line(v, Resource.CPU, Field.REQUEST).proposed(), "max(T, U) = 2600m → 3 cores");
        assertEquals("3", line(v, Resource.CPU, Field.LIMIT).proposedText());
        Verdict milli = Fixture.only(Fixture.deployment("web", 2, Fixture.container("app", Declared.of("500m", "500m"), Declared.NONE,
                Map.of(Resource.CPU, Recommendation.of("300m", "250m", "700m", "300m")), Fixture.history("9", null))));
        assertEquals(q("700m"), line(milli, Resource.CPU, Field.LIMIT).proposed(), "Guaranteed CPU: max(T, U), the limit is the throttle point");
        Verdict down = Fixture.only(Fixture.deployment("web", 2, Fixture.container("app", Declared.of("3", "3"), Declared.NONE,
                Map.of(Resource.CPU, Recommendation.of("300m", "250m", "700m", "300m")), Fixture.history("9", null))));
        assertEquals(q("2"), line(down, Resource.CPU, Field.REQUEST).proposed(), "50 % of 3 cores is 1.5, kept whole: 2");
        assertEquals(q("1"), line(down, Resource.CPU, Field.REQUEST).recommended());
    }

    @Test
    void a_zero_cpu_request_grows_without_dividing_by_zero() {
        Verdict v = cpu("0", "500m", "100m", "80m", "600m");
        assertEquals(q("100m"), line(v, Resource.CPU, Field.REQUEST).proposed());
        assertEquals(q("600m"), line(v, Resource.CPU, Field.LIMIT).proposed(), "max(limit, U)");
    }

    @Test
    void a_cpu_request_near_its_limit_is_not_cut_because_throttling_hides_demand() {
        Line request = line(cpu("400m", "500m", "200m", "150m", "480m"), Resource.CPU, Field.REQUEST);
        assertEquals(Reason.Code.CPU_THROTTLED, request.reason().code());
        assertTrue(request.reason().detail().contains("U 480m") && request.reason().detail().contains("90 %"), request.reason().detail());
    }

    @Test
    void a_request_only_written_as_a_limit_is_changed_through_the_limit() {
        Verdict v = cpu(null, "1500m", "163m", "120m", "420m");
        Line request = line(v, Resource.CPU, Field.REQUEST);
        Line limit = line(v, Resource.CPU, Field.LIMIT);
        assertFalse(request.inSource(), "the API server copies the limit into the request");
        // Guaranteed: max(T, U) = 420m, held at 50 % of 1500m this time
        assertEquals(q("750m"), limit.proposed());
        assertEquals(q("750m"), request.proposed());
        assertTrue(limit.inSource() && limit.changes());
    }

    @Test
    void no_request_and_no_limit_is_left_alone() {
        Verdict v = memory("256Mi", "300Mi", "250Mi", "400Mi");
        ContainerSizingFacts none = Fixture.container("app", Declared.NONE, Declared.NONE,
                Map.of(Resource.CPU, Recommendation.of("300m", "250m", "400m", "300m")), Fixture.history("9", null));
        NotActing n = assertInstanceOf(NotActing.class, Fixture.only(Fixture.deployment("web", 2, none)));
        assertEquals(Reason.Code.NO_REQUEST, n.reason().code());
        assertTrue(v.lines().stream().noneMatch(l -> l.resource() == Resource.CPU), "cpu has no VPA entry here");
    }

    @Test
    void a_decrease_below_the_saving_threshold_is_reported_but_opens_no_pull_request() {
        WorkloadPlan plan = Fixture.plan(Fixture.deployment("web", 2, Fixture.container("app", Declared.of("300m", null), Declared.NONE,
                Map.of(Resource.CPU, Recommendation.of("200m", "150m", "250m", "200m")), Fixture.history("9", null))));
        assertTrue(plan.changes());
        // 2 × 0.1 core × 0.031611 × 730
        assertEquals(0, new BigDecimal("4.615206").compareTo(plan.saving().perMonth()), plan.saving().perMonth().toPlainString());
        PullRequestDecision pr = PullRequestDecision.of(List.of(plan), RightsizingSettings.defaults(), Fixture.PRICES);
        assertFalse(pr.open());
        assertTrue(pr.reason().contains("4.62 USD/month < 10"), pr.reason());

        RightsizingSettings cheap = RightsizingSettings.defaults().with(Map.of("minimumMonthlySaving", "4"), "test");
        assertTrue(PullRequestDecision.of(List.of(plan), cheap, Fixture.PRICES).open());
    }

    @Test
    void any_increase_opens_a_pull_request_whatever_it_costs() {
        WorkloadPlan plan = Fixture.plan(Fixture.deployment("web", 2, Fixture.container("app", Declared.of("100m", null), Declared.NONE,
                Map.of(Resource.CPU, Recommendation.of("300m", "250m", "350m", "300m")), Fixture.history("9", null))));
        assertTrue(plan.saving().perMonth().signum() < 0, "an increase costs money");
        PullRequestDecision pr = PullRequestDecision.of(List.of(plan), RightsizingSettings.defaults(), Fixture.PRICES);
        assertTrue(pr.open());
        assertTrue(pr.reason().contains("shop/Deployment/web"), pr.reason());
    }

    @Test
    void nothing_to_change_opens_nothing() {
        WorkloadPlan plan = Fixture.plan(Fixture.deployment("web", 2, Fixture.container("app", Declared.of("200m", null), Declared.NONE,
                Map.of(Resource.CPU, Recommendation.of("200m", "150m", "250m", "200m")), Fixture.history("9", null))));
        NotActing n = assertInstanceOf(NotActing.class, plan.containers().get(0));
        assertEquals(Reason.Code.AT_TARGET, n.reason().code());
        assertFalse(PullRequestDecision.of(List.of(plan), RightsizingSettings.defaults(), Fixture.PRICES).open());
    }
}
