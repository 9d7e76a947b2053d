package io.kubesteward.analysis;

import io.kubesteward.model.SetValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values Helm would give the chart: its defaults with the repository's values merged over them (maps merged
 * key by key, anything else replaced; a null deletes the default, as Helm's coalescing does). Values the repository
 * names but does not hold are left at the default.
 */
final class EffectiveValues {
    private EffectiveValues() {
    }

    static Map<String, Object> of(Map<String, Object> defaults, List<SetValue> values) {
        Map<String, Object> out = copy(defaults);
        for (SetValue v : values) {
            if (v.known()) {
                put(out, v.path(), v.value());
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, List<String> path, Object value) {
        Map<String, Object> node = tree;
        for (String key : path.subList(0, path.size() - 1)) {
            Object child = node.get(key);
            if (!(child instanceof Map)) {
                child = new LinkedHashMap<String, Object>();
                node.put(key, child);
            }
            node = (Map<String, Object>) child;
        }
        String last = path.get(path.size() - 1);
        if (value == null) {
            node.remove(last);
        } else if (value instanceof Map<?, ?> m && m.isEmpty() && node.get(last) instanceof Map) {
            return; // an empty map merges into the default, changing nothing
        } else {
            node.put(last, value);
        }
    }

    private static Map<String, Object> copy(Map<String, Object> tree) {
        Map<String, Object> out = new LinkedHashMap<>();
        tree.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> m ? copy(ChartFiles.stringKeys(m)) : v));
        return out;
    }
}
