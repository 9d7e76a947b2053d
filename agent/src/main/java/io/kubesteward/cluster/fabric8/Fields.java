package io.kubesteward.cluster.fabric8;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Typed reads from a custom resource's untyped body (nested maps and lists, as Jackson parsed the
 * JSON). A missing field or one of another type reads as null or empty: custom resources vary by
 * version and the reader keeps what it can.
 */
final class Fields {
    private Fields() {
    }

    static Object at(Object root, Object... path) {
        Object current = root;
        for (Object step : path) {
            if (step instanceof String key && current instanceof Map<?, ?> map) {
                current = map.get(key);
            } else if (step instanceof Integer index && current instanceof List<?> list) {
                current = index < list.size() ? list.get(index) : null;
            } else {
                return null;
            }
        }
        return current;
    }

    static String text(Object root, Object... path) {
        Object value = at(root, path);
        return value instanceof String || value instanceof Number || value instanceof Boolean ? value.toString() : null;
    }

    static Integer integer(Object root, Object... path) {
        Object value = at(root, path);
        return value instanceof Number number ? Integer.valueOf(number.intValue()) : null;
    }

    static long count(Object root, Object... path) {
        Object value = at(root, path);
        return value instanceof Number number ? number.longValue() : 0L;
    }

    static List<Object> list(Object root, Object... path) {
        Object value = at(root, path);
        return value instanceof List<?> list ? new ArrayList<>(list) : List.of();
    }

    static List<String> texts(Object root, Object... path) {
        List<String> texts = new ArrayList<>();
        for (Object item : list(root, path)) {
            if (item instanceof String text) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** A map of scalars (quantities such as cpu: 250m or memory: 262144k); numbers are kept as written. */
    static Map<String, String> scalars(Object root, Object... path) {
        Map<String, String> scalars = new TreeMap<>();
        if (at(root, path) instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (key instanceof String name && (value instanceof String || value instanceof Number)) {
                    scalars.put(name, value.toString());
                }
            });
        }
        return scalars;
    }
}
