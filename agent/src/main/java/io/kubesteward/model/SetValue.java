package io.kubesteward.model;

import java.util.List;

/**
 * One value the repository sets for a Helm release: its path below the chart's values
 * ({@code controller.service.type}), the value as YAML reads it (String, Long, Double, Boolean, null,
 * or a List for a sequence, which Helm replaces whole), and where it is written.
 */
public record SetValue(List<String> path, Object value, String file, int line) {
    /** The value of a path the repository names but whose value it does not hold (a Secret's key, a ConfigMap made elsewhere). */
    public static final Object UNKNOWN = new Object() {
        @Override
        public String toString() {
            return "(a value not in the repository)";
        }
    };

    public SetValue {
        path = List.copyOf(path);
    }

    public boolean known() {
        return value != UNKNOWN;
    }

    /** The path as people write it: keys joined by dots. */
    public String dotted() {
        return String.join(".", path);
    }

    /** Where it is set, for messages: {@code file:line}. */
    public String where() {
        return file + ":" + line;
    }
}
