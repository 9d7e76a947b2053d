package io.kubesteward.declarations.values;

import io.kubesteward.declarations.RepoPaths;
import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.model.SetValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A kustomization {@code helmCharts} entry's values as Kustomize's Helm inflator merges them: {@code valuesFile}
 * (which takes the place of the chart's own values.yaml) with {@code valuesInline} merged into it, then each of
 * {@code additionalValuesFiles} over both (they are passed to Helm after the merged file).
 * Files are relative to the kustomization; a URL is named, not fetched.
 */
final class KustomizeValues {
    private KustomizeValues() {
    }

    static void gather(String file, YamlDocument doc, int offset, ValuesFiles files, List<SetValue> out, List<String> unresolved) {
        Node chart = ValuesFiles.itemAt(doc, Nodes.get(doc.root(), "helmCharts"), offset).orElse(null);
        if (chart == null) {
            return;
        }
        files(file, doc, Optional.ofNullable(Nodes.get(chart, "valuesFile")).map(List::of).orElse(List.of()), files, out, unresolved);
        if (Nodes.get(chart, "valuesInline") instanceof MappingNode inline) {
            out.addAll(ValueLeaves.of(doc, inline, List.of(), file, 0));
        }
        files(file, doc, Nodes.items(Nodes.get(chart, "additionalValuesFiles")), files, out, unresolved);
    }

    private static void files(String file, YamlDocument doc, List<Node> valueFiles, ValuesFiles files, List<SetValue> out,
                              List<String> unresolved) {
        for (Node name : valueFiles) {
            if (name instanceof ScalarNode s && !Nodes.isNull(s)) {
                String path = s.getValue().contains("://") ? null : RepoPaths.resolve(RepoPaths.folder(file), s.getValue());
                if (path == null || files.content(path).isEmpty()) {
                    unresolved.add("values file " + s.getValue() + " (" + file + ":" + doc.lineOf(s) + ") is not in the repository");
                } else {
                    out.addAll(files.leavesOfFile(path, List.of()));
                }
            }
        }
    }
}
