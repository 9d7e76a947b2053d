package io.kubesteward.analysis;

import io.kubesteward.model.ReleaseValues;
import io.kubesteward.model.SetValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The repository's values for a release as the one values file Helm renders with: every known value at its path,
 * later ones winning, a null kept (Helm then deletes the chart's default). Values Steward could not read are left
 * out, so the chart's default renders in their place.
 */
public final class RenderValues {
    private RenderValues() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> tree(ReleaseValues values) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (SetValue v : values.effective()) {
            if (!v.known() || v.path().isEmpty()) {
                continue;
            }
            Map<String, Object> node = out;
            List<String> path = v.path();
            for (String key : path.subList(0, path.size() - 1)) {
                if (!(node.get(key) instanceof Map<?, ?>)) {
                    node.put(key, new LinkedHashMap<String, Object>());
                }
                node = (Map<String, Object>) node.get(key);
            }
            node.put(path.get(path.size() - 1), v.value());
        }
        return out;
    }
}
