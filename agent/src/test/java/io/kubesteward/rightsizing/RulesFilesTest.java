package io.kubesteward.rightsizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The shipped rules/rightsizing files say exactly what the code's defaults are, and bind to the records. */
class RulesFilesTest {
    private static final Path DIR = Path.of("..", "rules", "rightsizing");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String name) throws IOException {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(DIR.resolve(name)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_policy_file_lists_every_setting_at_its_default() throws IOException {
        Map<String, Object> doc = load("policy.yaml");
        assertEquals("steward.io/v1alpha1", doc.get("apiVersion"));
        assertEquals("RightsizingPolicy", doc.get("kind"));
        Map<String, String> settings = new LinkedHashMap<>();
        ((Map<String, Object>) doc.get("settings")).forEach((k, v) -> settings.put(k, String.valueOf(v)));
        assertEquals(Arrays.stream(Setting.values()).map(Setting::key).toList(), List.copyOf(settings.keySet()), "every setting, in enum order");
        for (Setting s : Setting.values()) {
            assertEquals(s.defaultText(), settings.get(s.key()), s.key());
        }
        assertEquals(RightsizingSettings.defaults(), RightsizingSettings.defaults().with(settings, "rules/rightsizing/policy.yaml"));
        assertTrue(((List<?>) doc.get("overrides")).isEmpty(), "the defaults add nothing RIGHTSIZING.md does not say");
    }

    @Test
    void the_prices_file_binds_to_prices() throws IOException {
        Map<String, Object> doc = load("prices.yaml");
        assertEquals("steward.io/v1alpha1", doc.get("apiVersion"));
        assertEquals("Prices", doc.get("kind"));
        Prices p = Prices.of(String.valueOf(doc.get("currency")), String.valueOf(doc.get("cpuCoreHour")), String.valueOf(doc.get("memoryGibHour")));
        assertEquals(Fixture.PRICES, p);
    }
}
