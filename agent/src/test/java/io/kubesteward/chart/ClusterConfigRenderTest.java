package io.kubesteward.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.config.ClusterConfig;
import io.kubesteward.config.ConfigError;
import io.kubesteward.config.ConfigLoader;
import io.kubesteward.versioning.VersionSchemes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With cluster.read the chart asks Steward to read the cluster, in the namespaces and with the Secrets its RBAC grants. */
class ClusterConfigRenderTest {
    private final ConfigLoader loader = new ConfigLoader(VersionSchemes.helm());

    private ClusterConfig cluster(String... values) throws ConfigError {
        String file = StewardChart.render(values).configMapFile("config.yaml");
        return loader.parse("config.yaml", file, Path.of("/etc/steward")).cluster();
    }

    @Test
    void by_default_every_run_reads_the_whole_cluster_without_secrets() throws ConfigError {
        assertEquals(new ClusterConfig(null, null, null, null), cluster());
    }

    @Test
    void the_namespaces_and_helm_secrets_granted_are_the_ones_read() throws ConfigError {
        ClusterConfig cluster = cluster("cluster: {namespaces: [apps, platform], helmReleaseSecrets: true}\n",
                "config: {cluster: {excludeNamespaces: [apps-sandbox]}}\n");

        assertEquals(new ClusterConfig(null, List.of("apps", "platform"), List.of("apps-sandbox"), true), cluster);
    }

    @Test
    void without_cluster_access_no_cluster_is_read() throws ConfigError {
        assertNull(cluster("cluster: {read: false}\n"));
    }

    @Test
    void settings_the_rbac_would_not_back_are_refused() {
        assertTrue(StewardChart.failure("cluster: {namespaces: [apps]}\n", "config: {cluster: {namespaces: [other]}}\n")
                .contains("config.cluster.namespaces and cluster.namespaces are both set"));
        assertTrue(StewardChart.failure("config: {cluster: {helmReleaseSecrets: true}}\n")
                .contains("config.cluster.helmReleaseSecrets needs cluster.helmReleaseSecrets: true"));
        assertTrue(StewardChart.failure("cluster: {read: false}\n", "config: {cluster: {}}\n")
                .contains("config.cluster needs cluster.read: true"));
    }
}
