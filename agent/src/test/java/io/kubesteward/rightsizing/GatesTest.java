package io.kubesteward.rightsizing;

import static io.kubesteward.rightsizing.Fixture.line;
import static io.kubesteward.rightsizing.Fixture.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.rightsizing.Line.Field;
import io.kubesteward.rightsizing.Line.Status;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Young VPAs, VPA health, scope, kinds, rollouts and the cooldown. */
class GatesTest {
    /** cpu 100m wants 300m (an increase), memory 512Mi wants 100Mi (a decrease). */
    private static ContainerSizingFacts upAndDown(SampleHistory h) {
        return Fixture.container("app", Declared.of("100m", null), Declared.of("512Mi", null),
                Fixture.vpa("300m", "250m", "400m", "100Mi", "90Mi", "150Mi"), h);
    }

    private static WorkloadFacts deployment(ContainerSizingFacts c) {
        return Fixture.deployment("web", 2, c);
    }

    @CatalogueEntry(59)
    @Test
    void a_vpa_with_under_a_day_of_history_changes_nothing() {
        Verdict v = Fixture.only(deployment(upAndDown(Fixture.history("0.5", null))));
        NotActing n = assertInstanceOf(NotActing.class, v);
        assertEquals(Reason.Code.LOW_CONFIDENCE, n.reason().code());
        assertTrue(n.reason().detail().contains("0.5 d"), n.reason().detail());
        assertEquals(Status.BLOCKED, line(v, Resource.CPU, Field.REQUEST).status());
        assertEquals(q("300m"), line(v, Resource.CPU, Field.REQUEST).recommended(), "the table still shows what it would be");
        assertEquals(Status.BLOCKED, line(v, Resource.MEMORY, Field.REQUEST).status());
    }

    @CatalogueEntry(59)
    @Test
    void between_one_and_seven_days_only_increases_act() {
        Verdict v = Fixture.only(deployment(upAndDown(Fixture.history("3", null))));
        assertInstanceOf(Proposal.class, v);
        assertEquals(q("300m"), line(v, Resource.CPU, Field.REQUEST).proposed());
        Line memory = line(v, Resource.MEMORY, Field.REQUEST);
        assertEquals(Status.BLOCKED, memory.status());
        assertEquals(Reason.Code.LOW_CONFIDENCE, memory.reason().code());
        assertTrue(memory.reason().detail().contains("decreases need 7d"), memory.reason().detail());
        assertEquals(q("512Mi"), memory.proposed());
    }

    @Test
    void without_a_checkpoint_a_six_hour_old_vpa_counts_by_its_age() {
        ContainerSizingFacts c = upAndDown(null);
        WorkloadFacts w = deployment(c).withVpa(new VpaStatus("web", Fixture.ago("PT6H"), "Off", true, false, false));
        Verdict v = Fixture.only(w);
        assertEquals(Reason.Code.LOW_CONFIDENCE, assertInstanceOf(NotActing.class, v).reason().code());
        assertEquals(0, new BigDecimal("0.25").compareTo(v.evidence().confidenceDays()));
    }

    @Test
    void without_a_checkpoint_an_old_vpa_allows_increases_and_peak_is_unknown() {
        ContainerSizingFacts c = Fixture.container("app", Declared.of("100m", null), Declared.of("512Mi", "512Mi"),
                Fixture.vpa("300m", "250m", "400m", "700Mi", "600Mi", "900Mi"), null);
        Verdict v = Fixture.only(deployment(c));
        assertNull(v.evidence().confidenceDays());
        assertNull(v.evidence().peakEstimate(), "PeakEst = U only when conf ≥ 7 d is known");
        assertEquals(q("300m"), line(v, Resource.CPU, Field.REQUEST).proposed());
        assertEquals(q("704Mi"), line(v, Resource.MEMORY, Field.REQUEST).proposed(), "Guaranteed with PeakEst unknown: T 700Mi, 16Mi steps");
        assertEquals(q("704Mi"), line(v, Resource.MEMORY, Field.LIMIT).proposed());
        assertTrue(Fixture.noted(v, Reason.Code.PEAK_UNKNOWN));
        assertTrue(v.gates().stream().anyMatch(g -> g.name().equals("confidence") && !g.passed()));
    }

    @Test
    void with_a_week_of_history_and_no_histogram_peak_peakest_is_u() {
        ContainerSizingFacts c = Fixture.container("app", Declared.of("100m", null), Declared.of("2Gi", "2Gi"),
                Fixture.vpa("100m", "90m", "110m", "700Mi", "600Mi", "900Mi"), Fixture.history("8", null));
        Verdict v = Fixture.only(deployment(c));
        assertEquals(q("900Mi"), v.evidence().peakEstimate());
        // max(700Mi, 1.15 × 900Mi = 1035Mi) → 1088Mi
        assertEquals(q("1088Mi"), line(v, Resource.MEMORY, Field.REQUEST).proposed());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            updateMode Auto            | Auto    | true  | false | false | VPA_UPDATE_MODE
            updateMode Recreate        | Recreate| true  | false | false | VPA_UPDATE_MODE
            updateMode unset (Auto)    |         | true  | false | false | VPA_UPDATE_MODE
            no recommendation yet      | Off     | false | false | false | VPA_NO_RECOMMENDATION
            NoPodsMatched              | Off     | true  | true  | false | VPA_NO_PODS_MATCHED
            ConfigUnsupported          | Initial | true  | false | true  | VPA_CONFIG_UNSUPPORTED
            """)
    @CatalogueEntry(59)
    void an_unhealthy_vpa_or_one_that_owns_the_live_values_stops_everything(String label, String mode, boolean provided, boolean noPods,
                                                                            boolean unsupported, Reason.Code expected) {
        WorkloadFacts w = deployment(upAndDown(Fixture.history("9", null)))
                .withVpa(new VpaStatus("web", Fixture.daysAgo("30"), mode, provided, noPods, unsupported));
        NotActing n = assertInstanceOf(NotActing.class, Fixture.only(w));
        assertEquals(expected, n.reason().code());
        assertTrue(n.lines().isEmpty());
    }

    @Test
    void initial_mode_is_as_good_as_off() {
        WorkloadFacts w = deployment(upAndDown(Fixture.history("9", null))).withVpa(new VpaStatus("web", null, "Initial", true, false, false));
        assertInstanceOf(Proposal.class, Fixture.only(w));
    }

    @CatalogueEntry(59)
    @Test
    void no_vpa_and_no_entry_for_the_container_are_reported() {
        assertEquals(Reason.Code.NO_VPA, assertInstanceOf(NotActing.class,
                Fixture.only(deployment(upAndDown(null)).withVpa(null))).reason().code());
        ContainerSizingFacts bare = ContainerSizingFacts.of("app", Declared.of("100m", null), Declared.NONE, Map.of());
        assertEquals(Reason.Code.CONTAINER_NOT_RECOMMENDED, assertInstanceOf(NotActing.class, Fixture.only(deployment(bare))).reason().code());
    }

    @CatalogueEntry(62)
    @Test
    void init_containers_native_sidecars_injected_containers_and_other_kinds_are_reported_only() {
        ContainerSizingFacts c = upAndDown(Fixture.history("9", null));
        assertEquals(Reason.Code.INIT_CONTAINER, reason(deployment(c.withScope(ContainerScope.INIT, true))));
        assertEquals(Reason.Code.NATIVE_SIDECAR, reason(deployment(c.withScope(ContainerScope.NATIVE_SIDECAR, true))));
        assertEquals(Reason.Code.NOT_IN_SOURCE, reason(deployment(c.withScope(ContainerScope.REGULAR, false))));
        assertEquals(Reason.Code.UNSUPPORTED_KIND, reason(deployment(c).withKind(ControllerKind.of("ReplicaSet"))));
    }

    @Test
    void a_disabled_scope_does_nothing() {
        RightsizingSettings off = RightsizingSettings.defaults().withAnnotations(Map.of("steward.io/rightsizing-enabled", "false"), "test");
        WorkloadPlan plan = Rightsizing.evaluate(deployment(upAndDown(Fixture.history("9", null))), off, Fixture.PRICES, Fixture.NOW);
        assertEquals(Reason.Code.DISABLED, assertInstanceOf(NotActing.class, plan.containers().get(0)).reason().code());
    }

    @Test
    void decreases_wait_for_the_pod_template_to_settle_for_72_hours_increases_do_not() {
        WorkloadFacts fresh = new WorkloadFacts("shop", ControllerKind.DEPLOYMENT, "web", 2, Fixture.ago("PT30H"), Set.of(),
                Fixture.vpaOff("web"), Constraints.NONE, List.of(upAndDown(Fixture.history("9", null))));
        Verdict v = Fixture.only(fresh);
        assertEquals(Status.CHANGE, line(v, Resource.CPU, Field.REQUEST).status());
        Line memory = line(v, Resource.MEMORY, Field.REQUEST);
        assertEquals(Reason.Code.ROLLOUT_RECENT, memory.reason().code());
        assertTrue(memory.reason().detail().contains("30h ago"), memory.reason().detail());

        WorkloadFacts unknown = new WorkloadFacts("shop", ControllerKind.DEPLOYMENT, "web", 2, null, Set.of(), Fixture.vpaOff("web"),
                Constraints.NONE, List.of(upAndDown(Fixture.history("9", null))));
        assertEquals(Reason.Code.ROLLOUT_RECENT, line(Fixture.only(unknown), Resource.MEMORY, Field.REQUEST).reason().code());
    }

    @Test
    void no_decrease_within_seven_days_of_the_merge_that_last_changed_the_container() {
        Verdict v = Fixture.only(deployment(upAndDown(Fixture.history("9", null)).withLastChangeMerged(Fixture.daysAgo("3"))));
        assertEquals(Reason.Code.COOLDOWN, line(v, Resource.MEMORY, Field.REQUEST).reason().code());
        assertEquals(Status.CHANGE, line(v, Resource.CPU, Field.REQUEST).status(), "increases have no cooldown");
        Verdict later = Fixture.only(deployment(upAndDown(Fixture.history("9", null)).withLastChangeMerged(Fixture.daysAgo("7.5"))));
        assertEquals(Status.CHANGE, line(later, Resource.MEMORY, Field.REQUEST).status());
    }

    @Test
    void cron_jobs_only_go_up() {
        Verdict v = Fixture.only(deployment(upAndDown(Fixture.history("9", null))).withKind(ControllerKind.CRON_JOB));
        assertEquals(Status.CHANGE, line(v, Resource.CPU, Field.REQUEST).status());
        assertEquals(Reason.Code.JOB_INCREASES_ONLY, line(v, Resource.MEMORY, Field.REQUEST).reason().code());
        assertTrue(v.gates().stream().anyMatch(g -> g.name().equals("kind") && !g.passed()));
    }

    private static Reason.Code reason(WorkloadFacts w) {
        return assertInstanceOf(NotActing.class, Fixture.only(w)).reason().code();
    }
}
