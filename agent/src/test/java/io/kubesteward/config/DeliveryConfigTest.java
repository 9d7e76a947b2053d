package io.kubesteward.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.versioning.VersionSchemes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** git, forge, charts and registries settings: binding, defaults, merging, errors. */
class DeliveryConfigTest {
    private final ConfigLoader loader = new ConfigLoader(VersionSchemes.helm());

    private ConfigDocument parse(String yaml) throws ConfigError {
        return loader.parse("c.yaml", "apiVersion: steward.io/v1alpha1\nkind: Config\n" + yaml, Path.of("/srv/steward"));
    }

    @Test
    void binds_delivery_settings_and_fills_defaults() throws ConfigError {
        ConfigDocument doc = parse("""
                git:
                  url: https://github.com/acme/gitops.git
                  tokenFrom: {file: /var/run/secrets/git/token}
                  workDir: work
                forge:
                  type: github
                  repository: acme/gitops
                  maxPrsPerRun: 3
                charts: {bumpVersion: minor}
                registries: {dockerConfig: docker/config.json, insecure: ['registry.local:5000']}
                packageRules:
                  - {matchPackageNames: [cert-manager], reviewers: [alice], labels: [security]}
                """);
        StewardConfig merged = ConfigLoader.merge(List.of(doc), List.of("c.yaml"));
        assertEquals("main", merged.git().baseBranch());
        assertEquals("steward/", merged.git().branchPrefix());
        assertEquals("/srv/steward/work", merged.git().workDir());
        assertEquals(Person.STEWARD, merged.git().author());
        assertEquals(ForgeConfig.ForgeType.GITHUB, merged.forge().type());
        assertEquals(3, merged.forge().maxPrsPerRun());
        assertEquals(20, merged.forge().maxOpenPrs());
        assertEquals(Duration.ofSeconds(1), merged.forge().writeInterval().duration());
        assertEquals(ChartsConfig.BumpLevel.MINOR, merged.charts().bumpVersion());
        assertEquals("/srv/steward/docker/config.json", merged.registries().dockerConfig());
        assertEquals(List.of("alice"), merged.packageRules().get(0).reviewers());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ftp url              | git: {url: 'ftp://example.com/a.git'}                      | must be an https://, ssh:// or git@host:path clone URL
            token in url         | git: {url: 'https://x:tok@github.com/a/b.git'}               | must not carry credentials
            bad prefix           | git: {branchPrefix: steward}                                 | must be a folder-like prefix
            bad author email     | git: {author: {name: Bot, email: nope}}                      | 'email' must look like someone@example.com
            unknown forge        | forge: {type: bitbucket}                                     | 'bitbucket' is not allowed in forge.type; allowed: none, github, gitlab, gitea
            bad repository       | forge: {type: github, repository: gitops}                    | 'repository' must be 'owner/name'
            inline forge token   | forge: {type: github, token: abc}                            | unknown key 'token' in forge
            bad bump             | charts: {bumpVersion: huge}                                  | allowed: off, patch, minor, major
            insecure with path   | registries: {insecure: ['r.io/x']}                           | lists registry hosts
            bad schedule name    | schedules: [{name: Nightly Run, cron: '@daily'}]              | 'name' must be lower-case
            bad time zone        | schedules: [{name: nightly, cron: '@daily', timeZone: Mars/Olympus}] | must be an IANA time zone
            bad command          | schedules: [{name: nightly, cron: '@daily', command: apply}]  | allowed: plan, run
            bad metrics bind     | operations: {metricsBind: '9090'}                            | must be host:port
            bad log format       | operations: {logFormat: xml}                                 | must be auto, text or json
            pushgateway creds    | operations: {pushgatewayUrl: 'https://u:p@pg.local'}           | without credentials
            """)
    void rejects_bad_delivery_settings(String name, String yaml, String expected) {
        ConfigError e = assertThrows(ConfigError.class, () -> parse(yaml));
        assertTrue(e.oneLine().contains(expected), e.oneLine());
        assertTrue(e.oneLine().matches("c\\.yaml:\\d+:\\d+: .*"), e.oneLine());
    }
}
