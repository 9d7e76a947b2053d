package io.kubesteward.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.kubesteward.versioning.VersionSchemes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published schemas: docs/schema is what {@code steward schema} generates; every example, shipped
 * rule file and README snippet is valid against its kind's schema and loads; what the schema refuses
 * the loader refuses too; each example names its schema for editors.
 */
class ConfigSchemaTest {
    private static final Path ROOT = Path.of("..");
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaLoader(l -> l.fetchRemoteResources(false)));
    private static final Pattern LANGUAGE_SERVER = Pattern.compile("(?m)^# yaml-language-server: \\$schema=(\\S+)$");

    private static Schema schema(String kind) {
        return SCHEMAS.getSchema(ConfigSchema.of(kind).toString(), InputFormat.JSON);
    }

    private static List<String> errors(String kind, String yaml) {
        return schema(kind).validate(yaml, InputFormat.YAML).stream().map(Error::toString).toList();
    }

    @Test
    void docsHoldWhatTheCommandGenerates() throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String kind : ConfigSchema.KINDS.keySet()) {
            Path file = ROOT.resolve("docs/schema").resolve(ConfigSchema.fileName(kind));
            assertTrue(Files.isRegularFile(file), file + " is missing; run bin/steward schema --out docs/schema");
            assertEquals(ConfigSchema.of(kind), json.readTree(file.toFile()), file + " is stale; run bin/steward schema --out docs/schema");
        }
    }

    @Test
    void everyExampleShippedRuleFileAndReadmeSnippetIsValidAndLoads() throws Exception {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("examples/demo-run.yaml"), ROOT.resolve("examples/gitops-repo/.steward/config.yaml")));
        try (Stream<Path> rules = Files.list(ROOT.resolve("rules"))) {
            rules.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        List<String> documents = new ArrayList<>();
        for (Path file : files) {
            documents.add(Files.readString(file));
        }
        Matcher block = Pattern.compile("(?s)```yaml\\n(apiVersion: steward\\.io/v1alpha1\\n.*?)```").matcher(Files.readString(ROOT.resolve("README.md")));
        int snippets = 0;
        while (block.find()) {
            documents.add(block.group(1));
            snippets++;
        }
        assertEquals(1, snippets, "the README's config snippet was found");
        ConfigLoader loader = new ConfigLoader(VersionSchemes.helm());
        for (String yaml : documents) {
            String kind = new YAMLMapper().readTree(yaml).path("kind").asText();
            assertEquals(List.of(), errors(kind, yaml), yaml);
            loader.parse("example", yaml, ROOT);
        }
    }

    @Test
    void whatTheSchemaRefusesTheLoaderRefuses() {
        String head = "apiVersion: steward.io/v1alpha1\nkind: Rules\n";
        ConfigLoader loader = new ConfigLoader(VersionSchemes.helm());
        for (String settingsKey : List.of("http", "git", "forge", "mirrors", "operations", "cluster", "schedules", "charts", "registries")) {
            String yaml = head + settingsKey + ": {}\n";
            assertFalse(errors("Rules", yaml).isEmpty(), settingsKey + " is not offered in a Rules file");
            assertThrows(ConfigError.class, () -> loader.parse("rules.yaml", yaml, ROOT), settingsKey + " is refused in a Rules file");
        }
        String unknown = "apiVersion: steward.io/v1alpha1\nkind: Config\nhttp:\n  timeOut: 5s\n";
        assertFalse(errors("Config", unknown).isEmpty(), "a misspelt key");
        assertThrows(ConfigError.class, () -> loader.parse("c.yaml", unknown, ROOT));
        String inline = "apiVersion: steward.io/v1alpha1\nkind: Config\nrepositories:\n  - url: https://charts.example.com\n"
                + "    auth: {username: u, password: p}\n";
        assertFalse(errors("Config", inline).isEmpty(), "an inline password is not offered");
        assertThrows(ConfigError.class, () -> loader.parse("c.yaml", inline, ROOT));
        assertTrue(errors("Config", "apiVersion: steward.io/v1alpha1\nkind: Config\nforge: {type: gitea}\nschedules:\n"
                + "  - {name: n, cron: '@daily', misfire: fire_once_now}\n").isEmpty(), "enums as the docs write them");
    }

    @Test
    void examplesNameTheirSchemaForEditors() throws IOException {
        for (String file : List.of("examples/demo-run.yaml", "examples/gitops-repo/.steward/config.yaml", "rules/default-rules.yaml",
                "rules/addons.yaml", "rules/removed-apis.yaml")) {
            Path path = ROOT.resolve(file);
            Matcher m = LANGUAGE_SERVER.matcher(Files.readString(path));
            assertTrue(m.find(), file + " has no yaml-language-server comment");
            Path schema = path.getParent().resolve(m.group(1)).normalize();
            assertTrue(Files.isRegularFile(schema), file + " names " + m.group(1) + ", which does not exist");
            String kind = new YAMLMapper().readTree(path.toFile()).path("kind").asText();
            assertEquals(ConfigSchema.fileName(kind), schema.getFileName().toString(), file + " names the schema of its kind");
        }
    }

    @Test
    void anUnknownKindIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConfigSchema.of("Nope"));
        assertEquals("no schema for kind 'Nope'; the kinds are Config, Rules and AddonCatalogue", e.getMessage());
        JsonNode config = ConfigSchema.of("Config");
        assertEquals(ConfigSchema.DRAFT, config.path("$schema").asText());
    }
}
