package io.kubesteward.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesteward.config.ConfigDocument;
import io.kubesteward.config.ConfigError;
import io.kubesteward.config.ConfigLoader;
import io.kubesteward.config.ForgeConfig;
import io.kubesteward.versioning.VersionSchemes;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README quotes examples/values-github.yaml; this is the acceptance for the chart. */
class ExampleValuesTest {
    private static final Path EXAMPLE = StewardChart.DIR.resolve("examples/values-github.yaml");

    @Test
    void readme_example_gives_a_cronjob_running_steward_run_with_the_least_rbac() throws ConfigError {
        Manifests out = StewardChart.renderFiles(EXAMPLE);

        assertEquals(List.of(), out.ofKind("Deployment"));
        JsonNode cronJob = out.only("CronJob").path("spec");
        assertEquals("Europe/Berlin", cronJob.path("timeZone").asText());
        assertEquals("Forbid", cronJob.path("concurrencyPolicy").asText());
        assertEquals(List.of("run", "--config", "/etc/steward/config.yaml"), out.args());

        List<JsonNode> roles = out.ofKind("Role");
        assertEquals(List.of("apps", "monitoring", "flux-system"),
                roles.stream().map(r -> r.path("metadata").path("namespace").asText()).toList());
        for (JsonNode role : roles) {
            RbacTest.assertReadOnly(role);
            assertFalse(RbacTest.resources(role).contains("/secrets"));
        }
        JsonNode clusterWide = out.only("ClusterRole");
        assertEquals(Set.of("/nodes"), RbacTest.resources(clusterWide));
        RbacTest.assertReadOnly(clusterWide);
        assertEquals(List.of(), out.ofKind("Secret"));

        ConfigDocument config = new ConfigLoader(VersionSchemes.helm()).parse("config.yaml", out.configMapFile("config.yaml"),
                Path.of("/etc/steward"));
        assertEquals(ForgeConfig.ForgeType.GITHUB, config.forge().type());
        assertEquals("https://github.com/acme/gitops.git", config.git().url());
        assertEquals("/var/run/secrets/steward/forge/token", config.forge().tokenFrom().file());
        assertTrue(out.volume("forge-token").path("secret").path("secretName").asText().equals("steward-github"));
    }
}
