package io.kubesteward.analysis;

import io.kubesteward.model.ReleaseValues;
import io.kubesteward.model.SetValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values the repository sets that the old chart's {@code values.yaml} has and the new one's does not: renamed or
 * removed keys, which Helm ignores without a word, so the setting silently stops applying. Not judged: a key the old
 * chart did not have either; a key below a map the new chart leaves empty ({@code resources: {}}, its defaults in
 * comments); a key the new chart's templates still name ({@code .Values.service.ports}, or its last two keys), which
 * is only commented out of values.yaml. A key under a dependency's name is said to be decided by that chart.
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
            List<String> present = key.subList(0, ValuesTree.depthPresent(to.values(), key));
            List<String> missing = key.subList(0, present.size() + 1);
            if (!present.isEmpty() && ValuesTree.isOpen(to.values(), present) || templatesName(to, missing) || templatesName(to, key)) {
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
        String first = key.contains(".") ? key.substring(0, key.indexOf('.')) : null;
        String dependency = first != null && to.dependencyKeys().contains(first)
                ? "; it is passed to the dependency chart `" + first + "`, whose own values decide whether it is still read" : "";
        return "`" + key + "` (" + v.where() + "): in the values of " + fromVersion + ", not in those of " + toVersion + dependency
                + (elsewhere.isEmpty() ? "" : "; " + toVersion + " has " + String.join(", ", elsewhere.stream().map(p -> "`" + p + "`").toList()));
    }

    /** Whether a template of the new chart names the key: {@code .Values.<key>}, or for a nested key its last two keys. */
    private static boolean templatesName(ChartFiles to, List<String> key) {
        String needle = key.size() == 1 ? ".Values." + key.get(0) : "." + key.get(key.size() - 2) + "." + key.get(key.size() - 1);
        java.util.regex.Pattern named = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(needle) + "(?![A-Za-z0-9_])");
        return to.templates().stream().anyMatch(t -> named.matcher(t).find());
    }
}
