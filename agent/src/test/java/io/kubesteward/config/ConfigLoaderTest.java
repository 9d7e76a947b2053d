package io.kubesteward.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.model.UpdateType;
import io.kubesteward.versioning.VersionSchemes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {
    private final ConfigLoader loader = new ConfigLoader(VersionSchemes.helm());

    private ConfigDocument parse(String yaml) throws ConfigError {
        return loader.parse("steward.yaml", yaml, Path.of("/etc/steward"));
    }

    @Test
    void binds_a_full_config_and_remembers_where_each_rule_was_written() throws ConfigError {
        ConfigDocument doc = parse("""
                apiVersion: steward.io/v1alpha1
                kind: Config
                repositories:
                  - url: https://charts.example.com/
                    alias: example
                    auth:
                      username: bot
                      passwordFrom: {env: CHARTS_PASSWORD}
                mirrors:
                  - prefix: https://charts.jetstack.io
                    folder: mirrors/jetstack
                http:
                  timeout: 10s
                  maxIndexSize: 32Mi
                  allowedHosts: [127.0.0.1]
                packageRules:
                  - matchPackageNames: [cert-*]
                    updateTypes: [PATCH, minor]
                    minimumReleaseAge: 3d
                    ignoreVersions: ["1.15.0", "1.16.x"]
                    allowedVersions: "<2.0.0"
                """);
        assertEquals("https://charts.example.com", doc.repositories().get(0).url());
        assertEquals("CHARTS_PASSWORD", doc.repositories().get(0).auth().passwordFrom().env());
        assertEquals("/etc/steward/mirrors/jetstack", doc.mirrors().get(0).folder());
        assertEquals(Duration.ofSeconds(10), doc.http().timeout().duration());
        assertEquals(32L << 20, doc.http().maxIndexSize().bytes());
        PackageRuleConfig rule = doc.packageRules().get(0);
        assertEquals(Set.of(UpdateType.PATCH, UpdateType.MINOR), rule.updateTypes());
        assertEquals(Duration.ofDays(3), rule.minimumReleaseAge().duration());
        assertEquals("steward.yaml:17:5", rule.origin());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown top-level key          | apiVersion: steward.io/v1alpha1\\nkind: Config\\nmirrorz: []                                             | steward.yaml:3:1: unknown key 'mirrorz'; allowed: addons, apiVersion, charts, cluster, forge, git, http, kind, maintenanceWindows, mirrors, operations, packageRules, registries, removedApis, repositories, schedules
            unknown key in a rule          | apiVersion: steward.io/v1alpha1\\nkind: Config\\npackageRules:\\n  - enabled: true\\n    matchNames: [x] | steward.yaml:5:5: unknown key 'matchNames' in packageRules[0]; allowed:
            inline password refused        | apiVersion: steward.io/v1alpha1\\nkind: Config\\nrepositories:\\n  - url: https://x.io\\n    auth:\\n      username: a\\n      password: hunter2 | secrets are never written inline
            bad update type                | apiVersion: steward.io/v1alpha1\\nkind: Config\\npackageRules:\\n  - updateTypes: [majr]                  | steward.yaml:4:19: 'majr' is not allowed in packageRules[0].updateTypes[0]; allowed: digest, patch, minor, major
            bad duration                   | apiVersion: steward.io/v1alpha1\\nkind: Config\\npackageRules:\\n  - minimumReleaseAge: 3 dayz           | is not a duration; write a number and a unit
            bad constraint                 | apiVersion: steward.io/v1alpha1\\nkind: Config\\npackageRules:\\n  - allowedVersions: '>>1'              | steward.yaml:4:5: allowedVersions '>>1' is not a valid helm constraint
            rule that sets nothing         | apiVersion: steward.io/v1alpha1\\nkind: Config\\npackageRules:\\n  - matchPackageNames: [a]             | this rule sets nothing
            wrong apiVersion               | apiVersion: v1\\nkind: Config                                                                         | apiVersion must be 'steward.io/v1alpha1', got 'v1'
            missing kind                   | apiVersion: steward.io/v1alpha1                                                                      | required key 'kind' is missing
            mirror with url and folder     | apiVersion: steward.io/v1alpha1\\nkind: Config\\nmirrors:\\n  - {prefix: 'https://a.io', url: 'https://b.io', folder: x} | exactly one of 'url' (another repository) or 'folder'
            credentials in a URL           | apiVersion: steward.io/v1alpha1\\nkind: Config\\nrepositories:\\n  - url: https://u:p@a.io             | must not carry credentials
            a list where a mapping belongs | apiVersion: steward.io/v1alpha1\\nkind: Config\\nhttp: [1]                                              | steward.yaml:3:7: expected a mapping of keys in http
            broken YAML                    | apiVersion: steward.io/v1alpha1\\nkind: [Config                                                      | steward.yaml:2:
            Rules file with mirrors        | apiVersion: steward.io/v1alpha1\\nkind: Rules\\nmirrors: []                                              | a 'Rules' file holds only 'packageRules'
            """)
    void rejects_bad_input_with_location_and_what_is_allowed(String name, String yaml, String expected) {
        ConfigError e = assertThrows(ConfigError.class, () -> parse(yaml.replace("\\n", "\n")));
        assertTrue(e.oneLine().contains(expected), () -> "got: " + e.oneLine());
        assertTrue(e.oneLine().startsWith("steward.yaml"), () -> "got: " + e.oneLine());
        assertTrue(!e.oneLine().contains("\n"), "one line");
    }

    @Test
    void a_wrong_api_version_or_kind_at_the_end_of_the_file_and_a_tab_are_reported_at_their_place() {
        assertTrue(assertThrows(ConfigError.class, () -> parse("http: {}\napiVersion: v1\nkind: Config\n")).oneLine()
                .startsWith("steward.yaml:2:1: apiVersion must be"));
        assertTrue(assertThrows(ConfigError.class, () -> parse("apiVersion: steward.io/v1alpha1\nhttp: {}\nkind: Konfig\n")).oneLine()
                .startsWith("steward.yaml:3:1: kind must be"));
        String tab = assertThrows(ConfigError.class, () -> parse("apiVersion: steward.io/v1alpha1\nkind: Config\nhttp:\n\ttimeout: 5s\n"))
                .oneLine();
        assertTrue(tab.startsWith("steward.yaml:4:1: not valid YAML:") && tab.contains("found character '\\t(TAB)' that cannot start any token"),
                tab);
    }

    @Test
    void a_value_a_record_refuses_is_reported_at_its_key() {
        ConfigError e = assertThrows(ConfigError.class, () -> parse(
                "apiVersion: steward.io/v1alpha1\nkind: Config\nrepositories:\n  - alias: x\n    url: ftp://charts.example.com\n\nhttp: {}\n"));
        assertTrue(e.oneLine().startsWith("steward.yaml:5:5: 'url' must start with"), e.oneLine());
    }

    @Test
    void later_layers_override_settings_and_append_rules() throws ConfigError {
        ConfigDocument shipped = parse("""
                apiVersion: steward.io/v1alpha1
                kind: Rules
                packageRules:
                  - enabled: true
                """);
        ConfigDocument repo = parse("""
                apiVersion: steward.io/v1alpha1
                kind: Config
                mirrors:
                  - {prefix: 'https://a.io', url: 'https://mirror-1.io'}
                http: {retries: 1, timeout: 5s}
                packageRules:
                  - {matchPackageNames: [x], enabled: false}
                """);
        ConfigDocument cli = parse("""
                apiVersion: steward.io/v1alpha1
                kind: Config
                mirrors:
                  - {prefix: 'https://a.io', url: 'https://mirror-2.io'}
                http: {retries: 2}
                """);
        StewardConfig merged = ConfigLoader.merge(List.of(shipped, repo, cli), List.of("a", "b", "c"));
        assertEquals(2, merged.http().retries());
        assertEquals(Duration.ofSeconds(5), merged.http().timeout().duration());
        assertEquals(HttpConfig.DEFAULTS.maxIndexSize(), merged.http().maxIndexSize());
        assertEquals(List.of("https://mirror-2.io"), merged.mirrors().stream().map(MirrorConfig::url).toList());
        assertEquals(2, merged.packageRules().size());
        assertEquals(Boolean.FALSE, merged.packageRules().get(1).enabled());
    }
}
