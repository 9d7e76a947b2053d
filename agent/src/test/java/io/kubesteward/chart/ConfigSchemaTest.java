package io.kubesteward.chart;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubesteward.config.AddonChartConfig;
import io.kubesteward.config.AnalysisConfig;
import io.kubesteward.config.AddonConfig;
import io.kubesteward.config.ChartRepositoryConfig;
import io.kubesteward.config.ClusterConfig;
import io.kubesteward.config.ChartsConfig;
import io.kubesteward.config.ConfigDocument;
import io.kubesteward.config.ForgeConfig;
import io.kubesteward.config.GitConfig;
import io.kubesteward.config.GitSshConfig;
import io.kubesteward.config.HttpConfig;
import io.kubesteward.config.MirrorConfig;
import io.kubesteward.config.PackageRuleConfig;
import io.kubesteward.config.Person;
import io.kubesteward.config.RegistriesConfig;
import io.kubesteward.config.ScheduleConfig;
import io.kubesteward.config.WindowConfig;
import io.kubesteward.config.OperationsConfig;
import io.kubesteward.config.RepositoryAuth;
import io.kubesteward.config.SecretRef;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.UpdateType;
import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The chart's schema for {@code config:} mirrors what Steward binds, key for key, so a key Steward
 * gains (or loses) fails here until the chart follows: otherwise the chart would refuse a valid
 * config, or accept one Steward refuses only once the pod runs.
 */
class ConfigSchemaTest {
    private static final Map<String, Class<?>> DEFINITIONS = Map.ofEntries(
            entry("config", ConfigDocument.class), entry("repository", ChartRepositoryConfig.class),
            entry("repositoryAuth", RepositoryAuth.class), entry("secretRef", SecretRef.class), entry("mirror", MirrorConfig.class),
            entry("http", HttpConfig.class), entry("packageRule", PackageRuleConfig.class), entry("git", GitConfig.class),
            entry("gitSsh", GitSshConfig.class), entry("person", Person.class), entry("forge", ForgeConfig.class), entry("charts", ChartsConfig.class),
            entry("registries", RegistriesConfig.class), entry("schedule", ScheduleConfig.class), entry("window", WindowConfig.class),
            entry("operations", OperationsConfig.class), entry("cluster", ClusterConfig.class), entry("addon", AddonConfig.class),
            entry("addonChart", AddonChartConfig.class), entry("analysis", AnalysisConfig.class),
            entry("apiRemoval", io.kubesteward.config.ApiRemovalConfig.class));
    /** Bound only so Steward can say what to write instead of an inline secret; the schema refuses them as unknown. */
    private static final Set<String> INLINE_SECRETS = Set.of("password", "token");

    private final JsonNode definitions = schema().path("definitions");

    @Test
    void each_config_section_has_exactly_the_keys_steward_binds() {
        DEFINITIONS.forEach((name, type) -> {
            Set<String> bound = new TreeSet<>(jsonKeys(type));
            bound.removeAll(INLINE_SECRETS);
            Set<String> schema = new TreeSet<>();
            definitions.path(name).path("properties").fieldNames().forEachRemaining(schema::add);
            assertEquals(bound, schema, () -> "charts/steward/values.schema.json definitions." + name + " must list the keys "
                    + type.getSimpleName() + " binds");
            assertEquals(false, definitions.path(name).path("additionalProperties").asBoolean(true), name + " refuses unknown keys");
        });
    }

    @Test
    void every_section_steward_binds_has_a_schema_definition() {
        Set<Class<?>> reachable = new HashSet<>();
        collect(ConfigDocument.class, reachable);

        assertTrue(DEFINITIONS.values().containsAll(reachable), () -> "sections without a schema definition: "
                + reachable.stream().filter(c -> !DEFINITIONS.containsValue(c)).map(Class::getName).toList());
    }

    @Test
    void enumerations_match_steward_s() {
        assertEquals(lowerNames(ForgeConfig.ForgeType.values()), enumOf(definitions.path("forge").path("properties").path("type")));
        assertEquals(lowerNames(ChartsConfig.BumpLevel.values()),
                enumOf(definitions.path("charts").path("properties").path("bumpVersion")));
        JsonNode rule = definitions.path("packageRule").path("properties");
        assertEquals(Stream.of(UpdateType.values()).map(UpdateType::id).toList(), enumOf(rule.path("updateTypes").path("items")));
        assertEquals(Stream.of(DeclarationKind.values()).map(DeclarationKind::id).toList(), enumOf(rule.path("matchKinds").path("items")));
    }

    /** The JSON keys of a section: the {@code @JsonProperty} names of its {@code @JsonCreator}. */
    static List<String> jsonKeys(Class<?> type) {
        return Arrays.stream(creator(type).getParameters()).map(p -> p.getAnnotation(JsonProperty.class))
                .filter(a -> a != null).map(JsonProperty::value).toList();
    }

    private static Executable creator(Class<?> type) {
        return Stream.concat(Arrays.stream(type.getDeclaredConstructors()), Arrays.stream(type.getDeclaredMethods()))
                .filter(e -> e.isAnnotationPresent(JsonCreator.class)).findFirst()
                .orElseThrow(() -> new AssertionError(type + " has no @JsonCreator"));
    }

    /** Sections bound from objects (creators with named keys); scalars such as Age bind from one string. */
    private static void collect(Class<?> type, Set<Class<?>> found) {
        if (!found.add(type)) {
            return;
        }
        for (Parameter parameter : creator(type).getParameters()) {
            for (Class<?> candidate : classesIn(parameter.getParameterizedType())) {
                if (candidate.getPackageName().equals(ConfigDocument.class.getPackageName()) && !candidate.isEnum()
                        && !jsonKeys(candidate).isEmpty()) {
                    collect(candidate, found);
                }
            }
        }
    }

    private static List<Class<?>> classesIn(Type type) {
        List<Class<?>> out = new ArrayList<>();
        if (type instanceof Class<?> c) {
            out.add(c);
        } else if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                out.addAll(classesIn(argument));
            }
        }
        return out;
    }

    private static List<String> lowerNames(Enum<?>[] values) {
        return Stream.of(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static List<String> enumOf(JsonNode node) {
        return Manifests.strings(node.path("enum"));
    }

    static JsonNode schema() {
        try {
            return new ObjectMapper().readTree(StewardChart.DIR.resolve("values.schema.json").toFile());
        } catch (IOException e) {
            throw new AssertionError("values.schema.json does not parse", e);
        }
    }
}
