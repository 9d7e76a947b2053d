package io.kubesteward.declarations.values;

import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.model.SetValue;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A Flux HelmRelease's values as the helm-controller merges them: each {@code valuesFrom} in order (a ConfigMap's
 * key found in the repository; a Secret's values are never read, only the path a {@code targetPath} names), then
 * {@code spec.values} on top.
 */
final class FluxValues {
    private static final String DEFAULT_KEY = "values.yaml";

    private FluxValues() {
    }

    static void gather(String file, YamlDocument doc, ConfigMaps configMaps, List<SetValue> out, List<String> unresolved) {
        Node spec = Nodes.get(doc.root(), "spec");
        for (Node from : Nodes.items(Nodes.get(spec, "valuesFrom"))) {
            valuesFrom(file, doc, from, configMaps, out, unresolved);
        }
        if (Nodes.get(spec, "values") instanceof MappingNode values) {
            out.addAll(ValueLeaves.of(doc, values, List.of(), file, 0));
        }
    }

    private static void valuesFrom(String file, YamlDocument doc, Node from, ConfigMaps configMaps, List<SetValue> out,
                                   List<String> unresolved) {
        String kind = Nodes.text(from, "kind");
        String name = Nodes.text(from, "name");
        String key = Optional.ofNullable(Nodes.text(from, "valuesKey")).orElse(DEFAULT_KEY);
        String target = Nodes.text(from, "targetPath");
        int line = doc.lineOf(from);
        String what = kind + " " + name + " (key " + key + ", " + file + ":" + line + ")";
        List<String> path = target == null ? List.of() : HelmSetPath.split(target);
        if (!"ConfigMap".equals(kind) || name == null) {
            if (target != null) {
                out.add(new SetValue(path, SetValue.UNKNOWN, file, line));
            }
            unresolved.add("values from " + what + ": Steward never reads values from Secrets"
                    + (target != null ? "; only the key it sets, " + target + ", is known" : ""));
            return;
        }
        Optional<ConfigMaps.Key> found = configMaps.find(name, key, file);
        if (found.isEmpty()) {
            if (target != null) {
                out.add(new SetValue(path, SetValue.UNKNOWN, file, line));
            }
            unresolved.add("values from " + what + ": no single ConfigMap of that name and key is in the repository"
                    + (target != null ? "; only the key it sets, " + target + ", is known" : ""));
            return;
        }
        if (target != null) {
            out.add(new SetValue(path, configMaps.text(found.get(), key), found.get().file(), line));
        } else {
            out.addAll(configMaps.leaves(found.get(), List.of()));
        }
    }
}
