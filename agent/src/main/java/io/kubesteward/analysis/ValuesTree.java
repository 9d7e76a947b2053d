package io.kubesteward.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Paths in a chart's values as nested maps. */
final class ValuesTree {
    private ValuesTree() {
    }

    /** How many leading keys of {@code path} the tree has (a key whose value is null counts: Helm lists it). */
    static int depthPresent(Map<String, Object> tree, List<String> path) {
        Object node = tree;
        int depth = 0;
        for (String key : path) {
            if (!(node instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return depth;
            }
            node = map.get(key);
            depth++;
        }
        return depth;
    }

    /** The value at {@code path}, or null. */
    static Object at(Map<String, Object> tree, List<String> path) {
        Object node = tree;
        for (String key : path) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        return node;
    }

    /** Whether the value at {@code path} is an empty mapping: a place for any keys ({@code podAnnotations: {}}). */
    static boolean isOpen(Map<String, Object> tree, List<String> path) {
        return at(tree, path) instanceof Map<?, ?> m && m.isEmpty();
    }

    /** Up to {@code limit} paths in the tree whose last key is {@code key}, for "did it move?" hints. */
    static List<String> pathsEndingWith(Map<String, Object> tree, String key, int limit) {
        List<String> out = new ArrayList<>();
        collect(tree, new ArrayList<>(), key, limit, out, 0);
        return out;
    }

    private static void collect(Map<?, ?> node, List<String> path, String key, int limit, List<String> out, int depth) {
        if (depth > 32) {
            return;
        }
        for (Map.Entry<?, ?> e : node.entrySet()) {
            if (out.size() >= limit) {
                return;
            }
            path.add(String.valueOf(e.getKey()));
            if (key.equals(e.getKey())) {
                out.add(String.join(".", path));
            }
            if (e.getValue() instanceof Map<?, ?> child) {
                collect(child, path, key, limit, out, depth + 1);
            }
            path.remove(path.size() - 1);
        }
    }
}
