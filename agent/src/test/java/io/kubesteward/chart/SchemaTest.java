package io.kubesteward.chart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * values.schema.json refuses bad values before anything renders: each file under
 * {@code chart/invalid/} starts with {@code # expect: <text of Helm's schema error>}.
 */
class SchemaTest {

    static List<Path> invalidValues() {
        return ChartResources.files("invalid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidValues")
    void bad_values_fail_with_the_schema_error_naming_them(Path file) {
        String values = ChartResources.read(file);
        String expected = values.lines().findFirst().filter(l -> l.startsWith("# expect: ")).orElseThrow(
                () -> new IllegalStateException(file + " must start with '# expect: …'")).substring("# expect: ".length());

        String message = StewardChart.failure(values);

        assertTrue(message.contains("values don't meet the specifications of the schema"), message);
        assertTrue(message.contains(expected), () -> "expected '" + expected + "' in:\n" + message);
    }

    @Test
    void every_default_value_is_described_by_the_schema() throws IOException {
        JsonNode values = new YAMLMapper().readTree(StewardChart.DIR.resolve("values.yaml").toFile());
        JsonNode schema = ConfigSchemaTest.schema();
        List<String> undescribed = new ArrayList<>();

        walk(values, schema, schema, "", undescribed);

        assertTrue(undescribed.isEmpty(), () -> "values.yaml keys without a schema property: " + undescribed);
        assertFalse(schema.path("additionalProperties").asBoolean(true), "unknown top-level keys are refused");
    }

    @Test
    void a_values_file_setting_every_value_is_accepted() {
        StewardChart.renderFiles(StewardChart.resource("every-value.yaml"));
    }

    private static void walk(JsonNode values, JsonNode schemaNode, JsonNode root, String path, List<String> undescribed) {
        JsonNode properties = resolve(schemaNode, root).path("properties");
        values.fields().forEachRemaining(e -> {
            String key = path + "/" + e.getKey();
            JsonNode property = properties.path(e.getKey());
            if (property.isMissingNode()) {
                undescribed.add(key);
            } else if (e.getValue().isObject() && resolve(property, root).has("properties")) {
                walk(e.getValue(), property, root, key, undescribed);
            }
        });
    }

    private static JsonNode resolve(JsonNode node, JsonNode root) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? root.at(ref.substring(1)) : node;
    }
}
