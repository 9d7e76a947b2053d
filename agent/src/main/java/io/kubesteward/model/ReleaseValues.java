package io.kubesteward.model;

import java.util.List;

/**
 * The values the repository gives one Helm release, gathered from wherever that declaration's tool
 * reads them (inline values, values files, ConfigMaps), in the tool's merge order: a later value of
 * the same path wins. {@code unresolved} names every source of values that could not be read
 * (a Secret, a templated file, a file outside the repository), so no check pretends to know them.
 * {@code schemaSkipped} names the setting that tells Helm not to validate them against the chart's
 * {@code values.schema.json} (Flux {@code upgrade.disableSchemaValidation}, Argo CD {@code skipSchemaValidation}),
 * null when Helm validates them.
 */
public record ReleaseValues(List<SetValue> values, List<String> unresolved, String schemaSkipped) {
    public static final ReleaseValues NONE = new ReleaseValues(List.of(), List.of());

    public ReleaseValues(List<SetValue> values, List<String> unresolved) {
        this(values, unresolved, null);
    }

    public ReleaseValues withSchemaSkipped(String setting) {
        return new ReleaseValues(values, unresolved, setting);
    }

    public ReleaseValues {
        values = List.copyOf(values);
        unresolved = List.copyOf(unresolved);
    }

    /** The values with later duplicates of a path winning, in the order they were last set (so merging them in order is right). */
    public List<SetValue> effective() {
        java.util.LinkedHashMap<List<String>, SetValue> byPath = new java.util.LinkedHashMap<>();
        for (SetValue v : values) {
            byPath.remove(v.path());
            byPath.put(v.path(), v);
        }
        return List.copyOf(byPath.values());
    }
}
