package io.kubesteward.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.kubesteward.model.ReleaseValues;
import io.kubesteward.model.SetValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import java.util.Optional;

/**
 * The values the release would get, validated against the new chart's {@code values.schema.json} as Helm does before
 * it upgrades: a violation makes {@code helm upgrade} fail, so it blocks. The schema's own {@code $schema} picks the
 * draft (draft-07 when it names none); references are resolved inside the file only, never fetched.
 */
final class ValuesSchemaCheck {
    private static final int MAX_LISTED = 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            b -> b.schemaLoader(l -> l.fetchRemoteResources(false)));

    private ValuesSchemaCheck() {
    }

    static List<Finding> check(ChartFiles to, ReleaseValues values, String toVersion, List<String> notRead) {
        Optional<String> text = to.text("values.schema.json");
        if (text.isEmpty()) {
            return List.of();
        }
        List<Error> errors;
        try {
            Schema schema = SCHEMAS.getSchema(dialectKnown(text.get()), InputFormat.JSON);
            JsonNode input = JSON.valueToTree(EffectiveValues.of(to.values(), values.effective()));
            errors = schema.validate(input);
        } catch (RuntimeException e) {
            // a hostile or broken schema surfaces as one of several unchecked exceptions (SchemaException, Jackson's
            // nesting limit, an unresolvable $ref): whichever it is, the schema is not used and the reason is said
            notRead.add("the values.schema.json of " + to.name() + " " + toVersion + " could not be used: " + e.getMessage());
            return List.of();
        }
        List<List<String>> unknown = values.effective().stream().filter(v -> !v.known()).map(SetValue::path).toList();
        // an error at, above or below a value the repository names but Steward cannot read (a Secret's key) is not judged
        List<Error> judged = errors.stream()
                .filter(e -> unknown.stream().noneMatch(u -> startsWith(path(e), u) || startsWith(u, path(e)))).toList();
        if (judged.isEmpty()) {
            return List.of();
        }
        List<String> details = new ArrayList<>();
        judged.stream().limit(MAX_LISTED).forEach(e -> details.add(describe(e, values)));
        if (judged.size() > MAX_LISTED) {
            details.add("and " + (judged.size() - MAX_LISTED) + " more");
        }
        boolean onlyMissing = judged.stream().allMatch(e -> "required".equals(e.getKeyword()));
        if (onlyMissing && !values.unresolved().isEmpty()) {
            // a required value may well be among those Steward could not read (see "not analysed")
            return List.of(new Finding(Severity.ATTENTION, "schema", "the values.schema.json of " + to.name() + " " + toVersion
                    + " requires values Steward did not find in the repository; check they come from what it could not read",
                    details));
        }
        String failing = "the values this release would get do not pass the values.schema.json of " + to.name() + " " + toVersion
                + " (" + judged.size() + (judged.size() == 1 ? " error" : " errors") + ")";
        if (values.schemaSkipped() != null) {
            // Helm is told not to check: the upgrade goes through, with values the chart's authors call invalid
            return List.of(new Finding(Severity.ATTENTION, "schema", failing + "; Helm does not check them here ("
                    + values.schemaSkipped() + "), so the upgrade goes ahead with them", details));
        }
        return List.of(new Finding(Severity.BLOCKING, "schema", failing + ": helm upgrade refuses them", details));
    }

    /** The keys an error is about: its location, and for a missing or unexpected property that property. */
    private static List<String> path(Error e) {
        List<String> path = new ArrayList<>(path(e.getInstanceLocation().toString()));
        if (e.getProperty() != null && ("additionalProperties".equals(e.getKeyword()) || "required".equals(e.getKeyword()))) {
            path.add(e.getProperty());
        }
        return path;
    }

    private static boolean startsWith(List<String> path, List<String> prefix) {
        return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    private static String describe(Error e, ReleaseValues values) {
        List<String> path = path(e);
        if ("required".equals(e.getKeyword())) {
            return "`" + String.join(".", path) + "` (set neither by the repository nor by the chart): " + e.getMessage();
        }
        String where = values.effective().stream()
                .filter(v -> startsWith(v.path(), path))
                .map(SetValue::where).findFirst()
                .orElse(path.isEmpty() ? "the values as a whole" : "the chart's default (the repository does not set it)");
        return "`" + (path.isEmpty() ? "(root)" : String.join(".", path)) + "` (" + where + "): " + e.getMessage();
    }

    /**
     * The schema with a {@code $schema} no draft is known by (the legacy {@code http://json-schema.org/schema#}, "the
     * latest draft", which charts such as reloader write) taken out, so the default draft applies, as Helm's
     * validator does; any other schema is returned as it is.
     */
    static String dialectKnown(String schema) {
        try {
            JsonNode root = JSON.readTree(schema);
            if (root instanceof com.fasterxml.jackson.databind.node.ObjectNode object && object.get("$schema") != null
                    && !KNOWN_DIALECTS.contains(object.get("$schema").asText().replaceAll("#$", ""))) {
                object.remove("$schema");
                return JSON.writeValueAsString(object);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // the registry names the syntax error
        }
        return schema;
    }

    private static final java.util.Set<String> KNOWN_DIALECTS = java.util.Set.of("http://json-schema.org/draft-04/schema",
            "http://json-schema.org/draft-06/schema", "http://json-schema.org/draft-07/schema",
            "https://json-schema.org/draft/2019-09/schema", "https://json-schema.org/draft/2020-12/schema");

    /** {@code $.a.b} or {@code /a/b} as keys; list indexes end the path. */
    static List<String> path(String location) {
        String l = location.startsWith("$") ? location.substring(1) : location;
        String[] parts = l.startsWith("/") ? l.substring(1).split("/") : l.replaceFirst("^\\.", "").split("\\.");
        List<String> out = new ArrayList<>();
        for (String p : Arrays.asList(parts)) {
            if (p.isEmpty() || p.matches("\\[?\\d+]?")) {
                break;
            }
            out.add(p.replaceAll("\\[\\d+]$", ""));
            if (p.matches(".*\\[\\d+]$")) {
                break;
            }
        }
        return out;
    }

}
