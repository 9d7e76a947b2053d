package io.kubesteward.analysis;

import io.kubesteward.model.ReleaseValues;
import io.kubesteward.model.SetValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values the repository sets that the old chart's {@code values.yaml} has and the new one's does not: renamed or
 * removed keys, which Helm ignores without a word, so the setting silently stops applying. A key the old chart did
 * not have either (a sub-chart's, a free-form map's) is not judged.
 */
final class RemovedValues {
    private static final int MAX_LISTED = 20;

    private RemovedValues() {
    }

    static List<Finding> check(ChartFiles from, ChartFiles to, ReleaseValues values, String fromVersion, String toVersion) {
        if (from.values().isEmpty() || to.values().isEmpty()) {
            return List.of();
        }
        Map<String, SetValue> removed = new LinkedHashMap<>();
        for (SetValue v : values.effective()) {
            int known = ValuesTree.depthPresent(from.values(), v.path());
            if (known == 0) {
                continue;
            }
            List<String> key = v.path().subList(0, known);
            if (ValuesTree.depthPresent(to.values(), key) == known) {
                continue;
            }
            List<String> parent = key.subList(0, known - 1);
            if (!parent.isEmpty() && ValuesTree.depthPresent(to.values(), parent) == parent.size() && ValuesTree.isOpen(to.values(), parent)) {
                continue;
            }
            removed.putIfAbsent(String.join(".", key), v);
        }
        if (removed.isEmpty()) {
            return List.of();
        }
        List<String> details = new ArrayList<>();
        removed.entrySet().stream().limit(MAX_LISTED).forEach(e -> details.add(detail(e.getKey(), e.getValue(), to, fromVersion, toVersion)));
        if (removed.size() > MAX_LISTED) {
            details.add("and " + (removed.size() - MAX_LISTED) + " more");
        }
        String summary = removed.size() == 1
                ? "`" + removed.keySet().iterator().next() + "`, set in " + removed.values().iterator().next().where()
                        + ", is not a value of " + to.name() + " " + toVersion + " any more: Helm ignores it"
                : removed.size() + " values the repository sets are not values of " + to.name() + " " + toVersion
                        + " any more: Helm ignores them";
        return List.of(new Finding(Severity.ATTENTION, "values", summary, details));
    }

    private static String detail(String key, SetValue v, ChartFiles to, String fromVersion, String toVersion) {
        String last = key.substring(key.lastIndexOf('.') + 1);
        List<String> elsewhere = ValuesTree.pathsEndingWith(to.values(), last, 3);
        return "`" + key + "` (" + v.where() + "): in the values of " + fromVersion + ", not in those of " + toVersion
                + (elsewhere.isEmpty() ? "" : "; " + toVersion + " has " + String.join(", ", elsewhere.stream().map(p -> "`" + p + "`").toList()));
    }
}
