package io.kubesteward.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.versioning.VersionSchemes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code cluster:} section and the add-on catalogue: binding, file:line:col errors, and merging by name. */
class ClusterAndAddonsConfigTest {
    private final ConfigLoader loader = new ConfigLoader(VersionSchemes.helm());
    private final ConfigFiles files = new ConfigFiles(loader);

    private ConfigDocument parse(String yaml) throws ConfigError {
        return loader.parse("steward.yaml", yaml, Path.of("/etc/steward"));
    }

    @Test
    void a_cluster_section_binds_and_asks_for_the_cluster() throws ConfigError {
        ConfigDocument doc = parse("""
                apiVersion: steward.io/v1alpha1
                kind: Config
                cluster:
                  context: prod-eu
                  namespaces: [apps, platform]
                  excludeNamespaces: [kube-system]
                  helmReleaseSecrets: true
                """);

        assertEquals(new ClusterConfig("prod-eu", List.of("apps", "platform"), List.of("kube-system"), true), doc.cluster());
    }

    @Test
    void without_a_cluster_section_no_cluster_is_asked_for_and_later_layers_override_field_by_field(@TempDir Path dir) throws Exception {
        assertNull(files.load(null, null).cluster());

        // the repository's own files may not choose the cluster (RepositoryLayer); --rules and --config layer
        Path first = Files.writeString(dir.resolve("first.yaml"), """
                apiVersion: steward.io/v1alpha1
                kind: Config
                cluster: {context: prod, namespaces: [apps]}
                """);
        Path cli = Files.writeString(dir.resolve("cli.yaml"), """
                apiVersion: steward.io/v1alpha1
                kind: Config
                cluster: {context: staging, helmReleaseSecrets: true}
                """);
        StewardConfig merged = ConfigLoader.merge(List.of(
                        new ConfigLoader(VersionSchemes.helm()).parse("first.yaml", Files.readString(first), dir),
                        new ConfigLoader(VersionSchemes.helm()).parse("cli.yaml", Files.readString(cli), dir)),
                List.of("first.yaml", "cli.yaml"));
        assertEquals(new ClusterConfig("staging", List.of("apps"), null, true), merged.cluster());

    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad namespace                 | kind: Config\\ncluster:\\n  namespaces: [Apps]                                              | steward.yaml:4:21: 'namespaces' holds 'Apps', which is not a namespace name
            unknown cluster key           | kind: Config\\ncluster:\\n  kubeconfig: x                                                    | steward.yaml:4:3: unknown key 'kubeconfig' in cluster; allowed: context, excludeNamespaces, helmReleaseSecrets, namespaces
            cluster in a Rules file       | kind: Rules\\ncluster: {}                                                                      | a 'Rules' file holds only 'packageRules', 'maintenanceWindows', 'addons' and 'removedApis'
            rules in an AddonCatalogue    | kind: AddonCatalogue\\npackageRules: []                                                       | an 'AddonCatalogue' file holds only 'addons'
            image with a tag              | kind: AddonCatalogue\\naddons:\\n  - name: x\\n    images: [registry.k8s.io/x:v1]              | steward.yaml:5:35: add-on 'x': 'images' holds 'registry.k8s.io/x:v1'; expected an image repository without tag or digest
            nothing to recognise it by    | kind: AddonCatalogue\\naddons:\\n  - name: x\\n    image: registry.k8s.io/x                    | add-on 'x' needs at least one of 'images', 'labels' or 'charts'
            label without a value         | kind: AddonCatalogue\\naddons:\\n  - name: x\\n    labels: [app]                               | add-on 'x': 'labels' holds 'app'; expected key=value
            chart from a file URL         | kind: AddonCatalogue\\naddons:\\n  - name: x\\n    charts: [x]\\n    chart: {repository: 'file:///x', name: x} | 'repository' must start with https://, http:// or oci://
            version source with a tag     | kind: AddonCatalogue\\naddons:\\n  - name: x\\n    charts: [x]\\n    image: ghcr.io/x:v1       | add-on 'x': 'image' must be an image repository without tag, digest or '*'
            unknown add-on key            | kind: AddonCatalogue\\naddons:\\n  - name: x\\n    charts: [x]\\n    chartz: [x]                | steward.yaml:6:5: unknown key 'chartz' in addons[0]
            removal with a patch version  | kind: Rules\\nremovedApis:\\n  - {apiVersion: batch/v1beta1, kind: CronJob, removedIn: 1.25.0} | steward.yaml:4:65: 'removedIn' is '1.25.0'; write the Kubernetes minor that stops serving it, as 1.25
            removal in a catalogue        | kind: AddonCatalogue\\nremovedApis: []                                                        | an 'AddonCatalogue' file holds only 'addons'
            bad add-on name               | kind: AddonCatalogue\\naddons:\\n  - name: Cert Manager\\n    charts: [x]                      | add-on 'name' must be lower-case letters
            """)
    void bad_cluster_and_addon_settings_name_the_place_and_what_is_allowed(String name, String yaml, String expected) {
        ConfigError e = assertThrows(ConfigError.class, () -> parse("apiVersion: steward.io/v1alpha1\n" + yaml.replace("\\n", "\n")));
        assertTrue(e.oneLine().contains(expected), () -> "got: " + e.oneLine());
        assertTrue(e.oneLine().startsWith("steward.yaml:"), () -> "got: " + e.oneLine());
    }

    @Test
    void users_extend_the_shipped_catalogue_by_name(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("addons.yaml"), """
                apiVersion: steward.io/v1alpha1
                kind: AddonCatalogue
                addons:
                  - name: coredns
                    images: [mirror.example.com/coredns]
                    image: mirror.example.com/coredns
                  - name: kube-proxy
                    enabled: false
                  - name: our-operator
                    labels: [app.kubernetes.io/name=our-operator]
                    chart: {repository: 'oci://registry.example.com/charts', name: our-operator}
                """);
        Files.writeString(rules.resolve("holds.yaml"), """
                apiVersion: steward.io/v1alpha1
                kind: Rules
                addons:
                  - name: kyverno
                    charts: [kyverno]
                """);

        StewardConfig config = files.load(null, rules, null);

        List<String> names = config.addons().stream().map(AddonConfig::name).toList();
        assertEquals("coredns", names.get(0), "a replaced add-on keeps its place");
        assertEquals(List.of("mirror.example.com/coredns"), config.addons().get(0).images());
        assertTrue(!names.contains("kube-proxy"), "enabled: false drops it");
        assertEquals(List.of("our-operator", "kyverno"), names.subList(names.size() - 2, names.size()));
    }

    @Test
    void the_shipped_catalogue_knows_the_add_ons_clusters_usually_run_and_where_their_versions_come_from() throws ConfigError {
        List<AddonConfig> shipped = files.load(null, null).addons();

        Set<String> names = shipped.stream().map(AddonConfig::name).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("coredns", "kube-proxy", "metrics-server", "cluster-autoscaler", "karpenter",
                "aws-load-balancer-controller", "aws-ebs-csi-driver", "aws-efs-csi-driver", "aws-vpc-cni", "external-dns", "cert-manager",
                "ingress-nginx", "external-secrets", "vertical-pod-autoscaler", "kube-state-metrics", "prometheus-operator", "argo-cd",
                "flux")), () -> "missing from rules/addons.yaml: " + names);
        assertEquals(names.size(), shipped.size(), "names are unique");
        for (AddonConfig addon : shipped) {
            assertTrue(addon.chart() != null || addon.image() != null, addon.name() + " names where its versions come from");
            assertTrue(addon.description() != null, addon.name() + " has a description");
        }
    }
}
