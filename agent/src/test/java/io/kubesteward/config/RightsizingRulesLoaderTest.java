package io.kubesteward.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.rightsizing.ControllerKind;
import io.kubesteward.rightsizing.Prices;
import io.kubesteward.rightsizing.RightsizingSettings;
import io.kubesteward.rightsizing.Setting;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RightsizingRulesLoaderTest {
    private static final String HEADER = "apiVersion: steward.io/v1alpha1\n";

    @Test
    void the_shipped_files_are_the_defaults_and_kubecost_prices() throws ConfigError {
        RightsizingRules rules = RightsizingRulesLoader.load(null, null);
        assertEquals(RightsizingSettings.defaults(), rules.settings());
        assertEquals(Prices.of("USD", "0.031611", "0.004237"), rules.prices());
        assertTrue(rules.overrides().isEmpty());
        assertEquals(List.of("rules/rightsizing/policy.yaml (shipped)", "rules/rightsizing/prices.yaml (shipped)"), rules.sources());
    }

    @Test
    void repository_then_rules_folder_files_override_in_order(@TempDir Path dir) throws IOException, ConfigError {
        Path repo = dir.resolve("repo");
        Path repoRules = Files.createDirectories(repo.resolve(".steward/rules/rightsizing"));
        Files.writeString(repoRules.resolve("policy.yaml"), HEADER + "kind: RightsizingPolicy\nsettings:\n  decreaseRatio: 0.3\n"
                + "  proposeVpa: true\noverrides:\n  - match: {namespaces: [\"batch-*\"], kinds: [CronJob]}\n"
                + "    settings: {increaseRatio: 0.25}\n");
        Path mounted = Files.createDirectories(dir.resolve("mounted/rightsizing"));
        Files.writeString(mounted.resolve("prices.yaml"), HEADER + "kind: Prices\ncurrency: EUR\ncpuCoreHour: 0.03\n");
        RightsizingRules rules = RightsizingRulesLoader.load(repo, dir.resolve("mounted"));
        assertEquals(0, new BigDecimal("0.3").compareTo(rules.settings().decimal(Setting.DECREASE_RATIO)));
        assertTrue(rules.settings().flag(Setting.PROPOSE_VPA));
        assertEquals(1, rules.overrides().size());
        assertTrue(rules.overrides().get(0).matches("batch-nightly", ControllerKind.CRON_JOB, "x"));
        assertTrue(rules.overrides().get(0).origin().endsWith("policy.yaml:7"), rules.overrides().get(0).origin());
        assertEquals(Prices.of("EUR", "0.03", "0.004237"), rules.prices(), "a field the later file leaves out stays");
        assertEquals(4, rules.sources().size());
    }

    private static ConfigError error(String content) {
        return assertThrows(ConfigError.class, () -> RightsizingRulesLoader.read(List.of("policy.yaml"), List.of(content)));
    }

    @Test
    void mistakes_name_file_line_and_column() {
        ConfigError unknown = error(HEADER + "kind: RightsizingPolicy\nsettings:\n  decreseRatio: 0.3\n");
        assertEquals("policy.yaml:4:3", unknown.location());
        assertTrue(unknown.getMessage().contains("unknown rightsizing setting") && unknown.getMessage().contains("decreaseRatio"),
                unknown.getMessage());
        ConfigError outside = error(HEADER + "kind: RightsizingPolicy\nsettings:\n  cpuFloor: 10m\n  decreaseRatio: 1.5\n");
        assertEquals("policy.yaml:5:3", outside.location());
        assertTrue(outside.getMessage().contains("outside 0..1"), outside.getMessage());
        ConfigError override = error(HEADER + "kind: RightsizingPolicy\noverrides:\n  - match: {names: [api]}\n"
                + "    settings: {cpuFloor: ten}\n");
        assertEquals("policy.yaml:5:16", override.location());
        ConfigError matchKey = error(HEADER + "kind: RightsizingPolicy\noverrides:\n  - match: {name: [api]}\n");
        assertTrue(matchKey.oneLine().startsWith("policy.yaml:4:13: unknown key 'name' in match; allowed: kinds, names, namespaces"),
                matchKey.oneLine());
        ConfigError kind = error(HEADER + "kind: Rules\n");
        assertEquals("policy.yaml:2:7", kind.location());
        ConfigError price = error(HEADER + "kind: Prices\ncurrency: USD\ncpuCoreHour: cheap\nmemoryGibHour: 0.004\n");
        assertTrue(price.oneLine().startsWith("policy.yaml:4:14: cpuCoreHour: 'cheap' is not a price"), price.oneLine());
        ConfigError yaml = error(HEADER + "kind: Prices\ncurrency: [\n");
        assertTrue(yaml.oneLine().startsWith("policy.yaml:"), yaml.oneLine());
    }

    @Test
    void rules_without_prices_say_which_field_is_missing() {
        ConfigError e = error(HEADER + "kind: RightsizingPolicy\n");
        assertTrue(e.getMessage().contains("no rightsizing Prices file sets currency"), e.getMessage());
    }
}
