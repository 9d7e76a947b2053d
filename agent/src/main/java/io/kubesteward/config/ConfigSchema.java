package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The JSON Schema (draft 2020-12) of each file kind, read off the very constructors the loader
 * binds with ({@code @JsonCreator}, {@code @JsonProperty}), so the schema cannot drift from what
 * Steward accepts: unknown keys are refused as the loader refuses them, enums list their values,
 * durations and sizes are strings. Editors use it through a {@code yaml-language-server} comment.
 */
public final class ConfigSchema {
    public static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ConfigSchema() {
    }

    /** The kinds, by the name written in {@code kind:}; each with the top-level keys it may hold. */
    public static final Map<String, Set<String>> KINDS = Map.of(
            "Config", Set.of(),
            "Rules", ConfigDocument.RULES_KEYS,
            ConfigDocument.ADDON_CATALOGUE, ConfigDocument.CATALOGUE_KEYS);

    /** File name in docs/schema and for {@code steward schema}: {@code config.schema.json}. */
    public static String fileName(String kind) {
        return kind.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT) + ".schema.json";
    }

    /** @throws IllegalArgumentException naming the kinds when {@code kind} is not one */
    public static ObjectNode of(String kind) {
        Set<String> allowed = Optional.ofNullable(KINDS.get(kind)).orElseThrow(() -> new IllegalArgumentException(
                "no schema for kind '" + kind + "'; the kinds are Config, Rules and " + ConfigDocument.ADDON_CATALOGUE));
        Map<String, ObjectNode> defs = new TreeMap<>();
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", DRAFT);
        root.put("$id", "https://steward.io/schema/" + fileName(kind));
        root.put("title", "Steward " + kind + " file (" + ConfigDocument.API_VERSION + ")");
        ObjectNode document = object(ConfigDocument.class, defs, allowed.isEmpty() ? null : allowed);
        ObjectNode properties = (ObjectNode) document.get("properties");
        properties.set("apiVersion", JSON.createObjectNode().put("const", ConfigDocument.API_VERSION));
        properties.set("kind", JSON.createObjectNode().put("const", kind));
        root.put("type", "object");
        root.set("properties", properties);
        root.set("required", JSON.createArrayNode().add("apiVersion").add("kind"));
        root.put("additionalProperties", false);
        ObjectNode definitions = root.putObject("$defs");
        defs.forEach(definitions::set);
        return root;
    }

    private static ObjectNode object(Class<?> type, Map<String, ObjectNode> defs) {
        return object(type, defs, null);
    }

    /** {@code only}: the keys to describe (null: all); the others are left out, so they are refused. */
    private static ObjectNode object(Class<?> type, Map<String, ObjectNode> defs, Set<String> only) {
        Executable creator = creator(type);
        ObjectNode schema = JSON.createObjectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = JSON.createArrayNode();
        for (Parameter p : creator.getParameters()) {
            if (p.getType() == Object.class) {
                // bound only to be refused with a sentence (an inline password): not a key to offer
                continue;
            }
            JsonProperty property = p.getAnnotation(JsonProperty.class);
            String name = property != null && !property.value().isEmpty() ? property.value() : p.getName();
            if (only != null && !only.contains(name) && !name.equals("apiVersion") && !name.equals("kind")) {
                continue;
            }
            properties.set(name, schema(p.getParameterizedType(), defs));
            if (property != null && property.required()) {
                required.add(name);
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private static ObjectNode schema(Type type, Map<String, ObjectNode> defs) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
                ObjectNode array = JSON.createObjectNode().put("type", "array");
                array.set("items", schema(args[0], defs));
                return array;
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode map = JSON.createObjectNode().put("type", "object");
                map.set("additionalProperties", schema(args[1], defs));
                return map;
            }
            throw new IllegalStateException("no schema for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return JSON.createObjectNode().put("type", "string");
        }
        if (c == Boolean.class || c == boolean.class) {
            return JSON.createObjectNode().put("type", "boolean");
        }
        if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
            return JSON.createObjectNode().put("type", "integer");
        }
        if (c == Double.class || c == double.class || c == java.math.BigDecimal.class) {
            return JSON.createObjectNode().put("type", "number");
        }
        if (c.isEnum()) {
            ArrayNode values = JSON.createArrayNode();
            // the loader reads enums case-insensitively; the schema offers the lower-case spelling the docs use
            Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name().toLowerCase(Locale.ROOT)).forEach(values::add);
            return JSON.createObjectNode().put("type", "string").set("enum", values);
        }
        Executable creator = creator(c);
        if (creator.getParameterCount() == 1 && creator.getParameters()[0].getAnnotation(JsonProperty.class) == null) {
            // a value written as one scalar (a duration, a size): its creator reads it from that
            return schema(creator.getParameters()[0].getParameterizedType(), defs);
        }
        String name = c.getSimpleName();
        if (!defs.containsKey(name)) {
            defs.put(name, JSON.createObjectNode());
            defs.put(name, object(c, defs));
        }
        return JSON.createObjectNode().put("$ref", "#/$defs/" + name);
    }

    /** The constructor or static factory Jackson binds the type with. */
    private static Executable creator(Class<?> type) {
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (c.isAnnotationPresent(JsonCreator.class)) {
                return c;
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (m.isAnnotationPresent(JsonCreator.class) && Modifier.isStatic(m.getModifiers())) {
                return m;
            }
        }
        if (type.isRecord()) {
            Class<?>[] components = Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            try {
                return type.getDeclaredConstructor(components);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no canonical constructor", e);
            }
        }
        throw new IllegalStateException("no @JsonCreator on " + type + ": the schema follows what the loader binds");
    }
}
