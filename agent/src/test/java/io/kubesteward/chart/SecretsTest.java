package io.kubesteward.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Credentials reach Steward only as files from existing Secrets; a value put anywhere else is refused. */
class SecretsTest {
    private static final String CREDENTIALS = """
            config:
              git: {url: "https://github.com/acme/gitops.git"}
              forge: {type: github, repository: acme/gitops}
            credentials:
              forgeToken: {existingSecret: steward-forge, key: pat}
              gitToken: {existingSecret: steward-git}
              dockerConfig: {existingSecret: registry-creds}
            """;

    static List<Path> misplacedSecrets() {
        return ChartResources.files("canaries");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misplacedSecrets")
    void a_secret_value_given_in_values_is_refused_and_not_echoed(Path file) {
        String values = ChartResources.read(file);
        assertTrue(values.toLowerCase(Locale.ROOT).contains("canary"), file + " must carry the canary");

        String message = StewardChart.failure(values);

        assertFalse(message.toLowerCase(Locale.ROOT).contains("canary"), () -> "the error repeats the secret:\n" + message);
    }

    @Test
    void tokens_and_registry_credentials_are_mounted_as_files_the_config_points_at() {
        Manifests out = StewardChart.render(CREDENTIALS);

        assertMountedAt(out, "forge-token", "steward-forge", "pat", "/var/run/secrets/steward/forge/token");
        assertMountedAt(out, "git-token", "steward-git", "token", "/var/run/secrets/steward/git/token");
        assertMountedAt(out, "registry-credentials", "registry-creds", ".dockerconfigjson",
                "/var/run/secrets/steward/registries/config.json");
        String config = out.configMapFile("config.yaml");
        assertTrue(config.contains("file: /var/run/secrets/steward/forge/token"), config);
        assertTrue(config.contains("file: /var/run/secrets/steward/git/token"), config);
        assertTrue(config.contains("dockerConfig: /var/run/secrets/steward/registries/config.json"), config);
    }

    @Test
    void no_secret_reaches_the_environment_the_command_line_or_a_chart_rendered_secret() {
        Manifests out = StewardChart.render(CREDENTIALS);

        assertEquals(List.of(), out.ofKind("Secret"));
        for (JsonNode var : out.container().path("env")) {
            assertFalse(var.has("valueFrom"), "no secret in the environment: " + var);
        }
        assertFalse(out.container().has("envFrom"));
        for (String arg : out.args()) {
            assertFalse(arg.contains("/var/run/secrets"), "no credential on the command line: " + arg);
        }
    }

    @Test
    void a_credential_given_both_as_a_secret_and_a_path_is_refused() {
        String message = StewardChart.failure(CREDENTIALS, """
                config:
                  forge: {tokenFrom: {file: /elsewhere/token}}
                """);

        assertTrue(message.contains("config.forge.tokenFrom and credentials.forgeToken.existingSecret are both set"), message);
    }

    @Test
    void references_to_secrets_the_user_mounts_are_kept_as_written() {
        Manifests out = StewardChart.render("""
                config:
                  repositories:
                    - url: https://charts.example.com
                      auth: {username: ci, passwordFrom: {file: /var/run/secrets/charts/password}}
                extraEnv:
                  - name: CHARTS_TOKEN
                    valueFrom: {secretKeyRef: {name: charts, key: token}}
                """);

        assertTrue(out.configMapFile("config.yaml").contains("file: /var/run/secrets/charts/password"));
        assertEquals(List.of(), out.ofKind("Secret"));
    }

    private static void assertMountedAt(Manifests out, String volumeName, String secret, String key, String file) {
        JsonNode volume = out.volume(volumeName).path("secret");
        assertEquals(secret, volume.path("secretName").asText());
        assertEquals(0440, volume.path("defaultMode").asInt(), "owner and group (fsGroup) may read, nobody writes");
        JsonNode item = volume.path("items").get(0);
        assertEquals(key, item.path("key").asText());
        JsonNode mount = out.mount(volumeName);
        assertTrue(mount.path("readOnly").asBoolean());
        assertEquals(file, mount.path("mountPath").asText() + "/" + item.path("path").asText());
    }
}
