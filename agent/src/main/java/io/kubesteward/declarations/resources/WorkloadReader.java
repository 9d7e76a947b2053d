package io.kubesteward.declarations.resources;

import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the containers and their cpu and memory requests and limits from a workload object (or a patch of one). */
final class WorkloadReader {
    private static final List<String> TEMPLATE = List.of("spec", "template", "spec");
    private static final Map<String, List<String>> POD_SPECS = Map.of(
            "Deployment", TEMPLATE,
            "StatefulSet", TEMPLATE,
            "DaemonSet", TEMPLATE,
            "ReplicaSet", TEMPLATE,
            "Job", TEMPLATE,
            "Rollout", TEMPLATE,
            "CronJob", List.of("spec", "jobTemplate", "spec", "template", "spec"));
    private static final List<String> GROUPS = List.of("apps/", "batch/", "extensions/", "argoproj.io/");
    /** Both lists: container names are unique across them, and init containers are reported too. */
    static final List<String> CONTAINER_LISTS = List.of("containers", "initContainers");
    static final List<String> FIELDS = List.of("requests.cpu", "requests.memory", "limits.cpu", "limits.memory");

    private WorkloadReader() {
    }

    /** The workload this document holds, or null when it is none (or one without a name). */
    static WorkloadObject read(YamlDocument document) {
        Node root = document.root();
        String kind = Nodes.text(root, "kind");
        String apiVersion = Nodes.text(root, "apiVersion");
        String name = Nodes.text(root, "metadata", "name");
        if (kind == null || name == null || !POD_SPECS.containsKey(kind)
                || apiVersion != null && GROUPS.stream().noneMatch(apiVersion::startsWith)) {
            return null;
        }
        Node podSpec = Nodes.get(root, POD_SPECS.get(kind).toArray(String[]::new));
        List<ContainerValues> containers = new ArrayList<>();
        for (String list : CONTAINER_LISTS) {
            for (Node container : Nodes.items(Nodes.get(podSpec, list))) {
                String containerName = Nodes.text(container, "name");
                if (containerName != null && !containerName.isBlank()) {
                    containers.add(new ContainerValues(containerName, document.offsetOf(container), values(document, container)));
                }
            }
        }
        return containers.isEmpty() ? null : new WorkloadObject(kind, name, Nodes.text(root, "metadata", "namespace"), containers);
    }

    private static List<ResourceValue> values(YamlDocument document, Node container) {
        List<ResourceValue> values = new ArrayList<>();
        for (String field : FIELDS) {
            String[] keys = field.split("\\.");
            YamlScalar scalar = document.scalar(container, "resources", keys[0], keys[1]);
            if (scalar != null) {
                values.add(new ResourceValue(field, scalar));
            }
        }
        return values;
    }
}
