package io.kubesteward.declarations.values;

import io.kubesteward.declarations.RepoPaths;
import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.model.SetValue;
import java.util.List;

/**
 * What an umbrella chart gives one of its dependencies: the part of its own {@code values.yaml} under the
 * dependency's alias (or name), with paths relative to the dependency chart.
 */
final class UmbrellaValues {
    private UmbrellaValues() {
    }

    static void gather(String chartYaml, YamlDocument doc, int offset, ValuesFiles files, List<SetValue> out) {
        var dependency = ValuesFiles.itemAt(doc, Nodes.get(doc.root(), "dependencies"), offset).orElse(null);
        if (dependency == null) {
            return;
        }
        String key = Nodes.text(dependency, "alias") != null ? Nodes.text(dependency, "alias") : Nodes.text(dependency, "name");
        String folder = RepoPaths.folder(chartYaml);
        String values = (folder.isEmpty() ? "" : folder + "/") + "values.yaml";
        if (key == null) {
            return;
        }
        for (SetValue v : files.leavesOfFile(values, List.of())) {
            if (v.path().size() > 1 && v.path().get(0).equals(key)) {
                out.add(new SetValue(v.path().subList(1, v.path().size()), v.value(), v.file(), v.line()));
            }
        }
    }
}
