package io.kubesteward.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.config.ConfigDocument;
import io.kubesteward.config.ConfigError;
import io.kubesteward.config.ConfigLoader;
import io.kubesteward.config.ForgeConfig;
import io.kubesteward.versioning.VersionSchemes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the chart writes into the ConfigMap is what Steward's own loader accepts. */
class RenderedConfigTest {
    private static final Path MOUNTED = Path.of("/etc/steward");
    private final ConfigLoader loader = new ConfigLoader(VersionSchemes.helm());

    @Test
    void a_config_using_every_section_renders_to_a_file_steward_loads() throws ConfigError {
        Manifests out = StewardChart.renderFiles(StewardChart.resource("every-value.yaml"));

        ConfigDocument config = loader.parse("config.yaml", out.configMapFile("config.yaml"), MOUNTED);

        assertEquals("Config", config.kind());
        assertEquals(ForgeConfig.ForgeType.GITLAB, config.forge().type());
        assertEquals("/var/run/secrets/steward/forge/token", config.forge().tokenFrom().file());
        assertEquals("/var/run/secrets/steward/git/token", config.git().tokenFrom().file());
        assertEquals("/var/run/secrets/steward/registries/config.json", config.registries().dockerConfig());
        assertEquals("https://charts.example.com", config.repositories().get(0).url());
        assertEquals(2, config.packageRules().size());
    }

    @Test
    void rules_files_render_to_rules_documents_steward_loads() throws ConfigError {
        Manifests out = StewardChart.renderFiles(StewardChart.resource("every-value.yaml"));

        for (String name : List.of("holds", "quiet")) {
            ConfigDocument rules = loader.parse(name, out.configMapFile("rules-" + name + ".yaml"), MOUNTED.resolve("rules"));
            assertEquals("Rules", rules.kind());
            assertTrue(rules.packageRules().size() >= 1);
        }
    }

    @Test
    void an_empty_config_still_renders_a_loadable_file() throws ConfigError {
        String file = StewardChart.render().configMapFile("config.yaml");

        assertEquals("Config", loader.parse("config.yaml", file, MOUNTED).kind());
    }

    @Test
    void api_version_and_kind_written_by_the_user_are_not_doubled() throws ConfigError {
        String file = StewardChart.render("config: {apiVersion: steward.io/v1alpha1, kind: Config, charts: {bumpVersion: minor}}\n")
                .configMapFile("config.yaml");

        assertEquals(1, file.lines().filter(l -> l.startsWith("kind:")).count(), file);
        assertEquals("MINOR", loader.parse("config.yaml", file, MOUNTED).charts().bumpVersion().name());
    }
}
