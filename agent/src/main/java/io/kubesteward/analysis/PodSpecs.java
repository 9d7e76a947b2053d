package io.kubesteward.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the built-in workload kinds keep their pod template, and the containers in it. */
final class PodSpecs {
    private PodSpecs() {
    }

    /** One container of a pod spec; {@code init} for init containers. */
    record Container(String name, String image, boolean init) {
    }

    @SuppressWarnings("unchecked")
    static Optional<Map<String, Object>> of(RenderedResource r) {
        List<String> path = switch (r.kind()) {
            case "Pod" -> List.of("spec");
            case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job" -> List.of("spec", "template", "spec");
            case "CronJob" -> List.of("spec", "jobTemplate", "spec", "template", "spec");
            default -> null;
        };
        return path != null && ValuesTree.at(r.body(), path) instanceof Map<?, ?> spec
                ? Optional.of((Map<String, Object>) spec) : Optional.empty();
    }

    static List<Container> containers(Map<String, Object> spec) {
        List<Container> out = new ArrayList<>();
        add(spec.get("initContainers"), true, out);
        add(spec.get("containers"), false, out);
        return out;
    }

    private static void add(Object list, boolean init, List<Container> out) {
        if (list instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> c) {
                    out.add(new Container(String.valueOf(c.get("name")), c.get("image") == null ? null : String.valueOf(c.get("image")), init));
                }
            }
        }
    }
}
