package io.kubesteward.rightsizing;

import static io.kubesteward.rightsizing.Fixture.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsTest {
    private static final RightsizingSettings DEFAULTS = RightsizingSettings.defaults();

    @Test
    void the_defaults_are_rightsizing_md() {
        assertEquals(Duration.ofDays(1), DEFAULTS.duration(Setting.MIN_HISTORY_FOR_INCREASES));
        assertEquals(Duration.ofDays(7), DEFAULTS.duration(Setting.MIN_HISTORY_FOR_DECREASES));
        assertEquals(Duration.ofHours(72), DEFAULTS.duration(Setting.POD_TEMPLATE_STABLE_FOR_DECREASES));
        assertEquals(0, new BigDecimal("0.2").compareTo(DEFAULTS.decimal(Setting.DECREASE_RATIO)));
        assertEquals(0, new BigDecimal("1.15").compareTo(DEFAULTS.decimal(Setting.GUARANTEED_MEMORY_PEAK_MARGIN)));
        assertEquals(q("100Mi"), DEFAULTS.quantity(Setting.OOM_LIMIT_MIN_RAISE));
        assertEquals(2, DEFAULTS.count(Setting.OOM_MAX_RAISES));
        assertEquals(q("32Mi"), DEFAULTS.quantity(Resource.MEMORY, Setting.CPU_FLOOR, Setting.MEMORY_FLOOR));
        assertTrue(DEFAULTS.flag(Setting.ENABLED));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            CPU    | 3m      | 5m
            CPU    | 99m     | 100m
            CPU    | 100m    | 100m
            CPU    | 101m    | 110m
            CPU    | 163m    | 170m
            CPU    | 999m    | 1
            CPU    | 1001m   | 1050m
            CPU    | 2.3     | 2300m
            MEMORY | 1Mi     | 8Mi
            MEMORY | 250Mi   | 256Mi
            MEMORY | 257Mi   | 272Mi
            MEMORY | 1046.5Mi| 1088Mi
            MEMORY | 262144k | 256Mi
            MEMORY | 8193Mi  | 8448Mi
            """)
    @CatalogueEntry(60)
    void rounding_goes_up_to_the_step_of_the_range(Resource r, String value, String expected) {
        assertEquals(q(expected), DEFAULTS.rounding(r).roundUp(q(value)));
    }

    @Test
    void rounding_down_for_caps() {
        assertEquals(q("2900m"), DEFAULTS.rounding(Resource.CPU).roundDown(q("2925m")));
        assertEquals(q("11776Mi"), DEFAULTS.rounding(Resource.MEMORY).roundDown(q("11.6Gi")));
    }

    @Test
    void rules_files_override_by_key_and_report_every_problem_at_once() {
        RightsizingSettings s = DEFAULTS.with(Map.of("decreaseRatio", "0.3", "cpuRounding", "10m below 1, 100m"), "policy.yaml");
        assertEquals(0, new BigDecimal("0.3").compareTo(s.decimal(Setting.DECREASE_RATIO)));
        assertEquals(q("170m"), s.rounding(Resource.CPU).roundUp(q("163m")));
        assertEquals(q("1100m"), s.rounding(Resource.CPU).roundUp(q("1001m")));

        InvalidSettings e = assertThrows(InvalidSettings.class, () -> DEFAULTS.with(Map.of("decreaseRatio", "1.5", "oomLookback", "two weeks",
                "decreseRatio", "0.3", "cpuFloor", "ten"), "policy.yaml"));
        assertEquals(List.of("cpuFloor", "decreaseRatio", "decreseRatio", "oomLookback"), e.problems().stream().map(SettingProblem::key).toList());
        assertTrue(e.getMessage().contains("policy.yaml: decreaseRatio: '1.5' is outside 0..1"), e.getMessage());
        assertTrue(e.getMessage().contains("oomLookback: 'two weeks' is not a duration"), e.getMessage());
        assertTrue(e.getMessage().contains("decreseRatio: unknown rightsizing setting"), e.getMessage());
        assertTrue(e.getMessage().contains("'ten' is not a Kubernetes quantity"), e.getMessage());
    }

    @Test
    void annotations_use_the_kebab_case_key_and_ignore_everything_else() {
        assertEquals("steward.io/rightsizing-decrease-ratio", Setting.DECREASE_RATIO.annotation());
        assertEquals("steward.io/rightsizing-min-history-for-decreases", Setting.MIN_HISTORY_FOR_DECREASES.annotation());
        RightsizingSettings s = DEFAULTS.withAnnotations(Map.of("steward.io/rightsizing-min-history-for-decreases", "14d",
                "app.kubernetes.io/name", "api", "steward.io/other", "x"), "shop/Deployment/api");
        assertEquals(Duration.ofDays(14), s.duration(Setting.MIN_HISTORY_FOR_DECREASES));
        InvalidSettings e = assertThrows(InvalidSettings.class,
                () -> DEFAULTS.withAnnotations(Map.of("steward.io/rightsizing-nope", "1"), "shop/Deployment/api"));
        assertTrue(e.getMessage().startsWith("shop/Deployment/api: steward.io/rightsizing-nope: unknown rightsizing annotation"), e.getMessage());
    }

    @Test
    void the_scope_layers_rules_then_namespace_then_workload_and_skips_a_bad_layer() {
        List<SettingsOverride> rules = List.of(
                new SettingsOverride(List.of("batch-*"), List.of("CronJob"), List.of(), Map.of("increaseRatio", "0.25"), "policy.yaml:40"),
                new SettingsOverride(List.of(), List.of(), List.of("api"), Map.of("decreaseRatio", "0.4"), "policy.yaml:43"));
        SettingsScope.Resolved cron = SettingsScope.forWorkload(DEFAULTS, rules, "batch-nightly", ControllerKind.CRON_JOB, "report",
                Map.of("steward.io/rightsizing-increase-ratio", "0.3"), Map.of());
        assertEquals(0, new BigDecimal("0.3").compareTo(cron.settings().decimal(Setting.INCREASE_RATIO)), "namespace beats rules");
        assertTrue(cron.problems().isEmpty());

        SettingsScope.Resolved api = SettingsScope.forWorkload(DEFAULTS, rules, "shop", ControllerKind.DEPLOYMENT, "api",
                Map.of(), Map.of("steward.io/rightsizing-decrease-ratio", "lots", "steward.io/rightsizing-enabled", "false"));
        assertEquals(0, new BigDecimal("0.4").compareTo(api.settings().decimal(Setting.DECREASE_RATIO)), "the bad workload layer is skipped");
        assertTrue(api.settings().flag(Setting.ENABLED), "the whole bad layer is skipped, not half of it");
        assertEquals("shop/Deployment/api", api.problems().get(0).origin());
        assertEquals(0, new BigDecimal("0.1").compareTo(api.settings().decimal(Setting.INCREASE_RATIO)), "the CronJob rule does not match");
    }

    @Test
    void rounding_steps_must_be_written_in_order() {
        assertThrows(IllegalArgumentException.class, () -> RoundingSteps.parse("10m below 1, 5m below 100m, 50m"));
        assertThrows(IllegalArgumentException.class, () -> RoundingSteps.parse("5m below 100m"));
        assertThrows(IllegalArgumentException.class, () -> RoundingSteps.parse("0m"));
    }

    @Test
    void prices_say_which_field_is_wrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Prices.of("USD", "cheap", "0.004"));
        assertTrue(e.getMessage().startsWith("cpuCoreHour: 'cheap' is not a price"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Prices.of("USD", "-1", "0.004"));
    }
}
