package io.kubesteward.declarations.images;

import io.kubesteward.declarations.yaml.Nodes;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/** Where the pod spec of a Kubernetes workload sits, by API group and kind. */
final class PodSpecs {
    private static final List<String> TEMPLATE = List.of("spec", "template", "spec");
    private static final Map<String, List<String>> PATHS = Map.ofEntries(
            Map.entry("apps/Deployment", TEMPLATE),
            Map.entry("apps/StatefulSet", TEMPLATE),
            Map.entry("apps/DaemonSet", TEMPLATE),
            Map.entry("apps/ReplicaSet", TEMPLATE),
            Map.entry("extensions/Deployment", TEMPLATE),
            Map.entry("extensions/DaemonSet", TEMPLATE),
            Map.entry("extensions/ReplicaSet", TEMPLATE),
            Map.entry("batch/Job", TEMPLATE),
            Map.entry("batch/CronJob", List.of("spec", "jobTemplate", "spec", "template", "spec")),
            Map.entry("/Pod", List.of("spec")),
            Map.entry("/ReplicationController", TEMPLATE),
            Map.entry("/PodTemplate", List.of("template", "spec")),
            Map.entry("argoproj.io/Rollout", TEMPLATE));

    static final List<String> CONTAINER_LISTS = List.of("containers", "initContainers", "ephemeralContainers");

    private PodSpecs() {
    }

    /** True when objects of this apiVersion and kind have a pod template at a known place. */
    static boolean isWorkload(String apiVersion, String kind) {
        return PATHS.containsKey(group(apiVersion) + "/" + kind);
    }

    /** The pod spec of a workload object, or null when it has none (an Argo Rollout with a workloadRef). */
    static Node of(Node object, String apiVersion, String kind) {
        List<String> path = PATHS.get(group(apiVersion) + "/" + kind);
        return path == null ? null : Nodes.get(object, path.toArray(String[]::new));
    }

    private static String group(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }
}
