package io.kubesteward.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the two Chart.yaml files say differently: dependencies added, removed or moved (a dependency that renders its
 * own templates, such as kube-prometheus-stack's CRD chart, moves with it), a new {@code kubeVersion}, deprecation.
 */
final class ChartMetadataChanges {
    private ChartMetadataChanges() {
    }

    static List<Finding> check(ChartFiles from, ChartFiles to, String toVersion) {
        List<Finding> out = new ArrayList<>();
        Map<String, String> before = dependencies(from);
        Map<String, String> after = dependencies(to);
        List<String> details = new ArrayList<>();
        after.forEach((name, version) -> {
            String old = before.get(name);
            if (old == null) {
                details.add("adds `" + name + "` " + version);
            } else if (!old.equals(version)) {
                details.add("`" + name + "` " + old + " → " + version);
            }
        });
        before.keySet().stream().filter(n -> !after.containsKey(n)).forEach(n -> details.add("drops `" + n + "`"));
        if (!details.isEmpty()) {
            out.add(new Finding(Severity.INFORMATION, "dependencies", "its dependencies change: " + String.join("; ", details),
                    List.of()));
        }
        Object oldKube = from.chart().get("kubeVersion");
        Object newKube = to.chart().get("kubeVersion");
        if (newKube != null && !Objects.equals(oldKube, newKube)) {
            out.add(new Finding(Severity.INFORMATION, "kubeVersion", toVersion + " requires Kubernetes " + newKube
                    + (oldKube == null ? "" : " (was " + oldKube + ")"), List.of()));
        }
        if (Boolean.TRUE.equals(to.chart().get("deprecated"))) {
            out.add(new Finding(Severity.ATTENTION, "deprecated", toVersion + " marks the chart deprecated: its maintainers"
                    + " have stopped working on it", List.of()));
        }
        return out;
    }

    private static Map<String, String> dependencies(ChartFiles chart) {
        Map<String, String> out = new LinkedHashMap<>();
        if (chart.chart().get("dependencies") instanceof List<?> deps) {
            for (Object d : deps) {
                if (d instanceof Map<?, ?> dep && dep.get("name") != null) {
                    String key = dep.get("alias") != null ? dep.get("name") + " (as " + dep.get("alias") + ")" : String.valueOf(dep.get("name"));
                    out.put(key, String.valueOf(dep.get("version")));
                }
            }
        }
        return out;
    }
}
