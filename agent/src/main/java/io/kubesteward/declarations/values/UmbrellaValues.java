package io.kubesteward.declarations.values;

import io.kubesteward.declarations.RepoPaths;
import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.model.SetValue;
import java.util.List;

/**
 * What an umbrella chart gives one of its dependencies: the part of its own {@code values.yaml} under the
 * dependency's alias (or name), with paths relative to the dependency chart, and its {@code global} values, which Helm
 * copies into every dependency's {@code global} over the dependency's own.
 */
final class UmbrellaValues {
    private UmbrellaValues() {
    }

    static void gather(String chartYaml, YamlDocument doc, int offset, ValuesFiles files, List<SetValue> out) {
        String key = key(doc, offset);
        if (key != null) {
            List<SetValue> leaves = files.leavesOfFile(valuesFile(chartYaml), List.of());
            out.addAll(under(key, leaves));
            leaves.stream().filter(v -> v.path().size() > 1 && v.path().get(0).equals("global")).forEach(out::add);
        }
    }

    /** The key the dependency at {@code offset} reads its values under: its alias, else its name; null when there is none. */
    static String key(YamlDocument doc, int offset) {
        var dependency = ValuesFiles.itemAt(doc, Nodes.get(doc.root(), "dependencies"), offset).orElse(null);
        if (dependency == null) {
            return null;
        }
        return Nodes.text(dependency, "alias") != null ? Nodes.text(dependency, "alias") : Nodes.text(dependency, "name");
    }

    static String valuesFile(String chartYaml) {
        String folder = RepoPaths.folder(chartYaml);
        return (folder.isEmpty() ? "" : folder + "/") + "values.yaml";
    }

    /** The leaves below {@code key}, with paths relative to the dependency chart. */
    static List<SetValue> under(String key, List<SetValue> leaves) {
        List<SetValue> out = new java.util.ArrayList<>();
        for (SetValue v : leaves) {
            if (v.path().size() > 1 && v.path().get(0).equals(key)) {
                out.add(new SetValue(v.path().subList(1, v.path().size()), v.value(), v.file(), v.line()));
            }
        }
        return out;
    }
}
