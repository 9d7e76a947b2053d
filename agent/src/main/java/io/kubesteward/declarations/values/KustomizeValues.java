package io.kubesteward.declarations.values;

import io.kubesteward.declarations.RepoPaths;
import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.model.SetValue;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A kustomization {@code helmCharts} entry's values as Kustomize's Helm inflator merges them: {@code valuesFile}
 * (which takes the place of the chart's own values.yaml) and {@code valuesInline} merged by {@code valuesMerge}
 * ({@code override}, the default: inline over the file; {@code merge}: the file over inline, inline only filling
 * gaps; {@code replace}: inline alone), then each of {@code additionalValuesFiles} over both (they are passed to Helm
 * after the merged file). Files are relative to the kustomization; a URL is named, not fetched.
 */
final class KustomizeValues {
    private KustomizeValues() {
    }

    static void gather(String file, YamlDocument doc, int offset, ValuesFiles files, List<SetValue> out, List<String> unresolved) {
        Node chart = ValuesFiles.itemAt(doc, Nodes.get(doc.root(), "helmCharts"), offset).orElse(null);
        if (chart == null) {
            return;
        }
        Node inline = Nodes.get(chart, "valuesInline");
        for (Part part : order(chart)) {
            if (part == Part.VALUES_FILE) {
                files(file, doc, List.of(Nodes.get(chart, "valuesFile")), files, out, unresolved);
            } else if (inline instanceof MappingNode m) {
                out.addAll(ValueLeaves.of(doc, m, List.of(), file, 0));
                if (part == Part.INLINE_UNDER_DEFAULTS) {
                    unresolved.add(mergeWithDefaults(file, doc, inline));
                }
            }
        }
        files(file, doc, Nodes.items(Nodes.get(chart, "additionalValuesFiles")), files, out, unresolved);
    }

    /** The sources Kustomize merges into its one values file, later winning; {@code additionalValuesFiles} follow them. */
    enum Part {
        VALUES_FILE,
        INLINE,
        /** valuesInline under {@code merge} without a valuesFile: beneath the chart's own values.yaml, which Steward does not read here. */
        INLINE_UNDER_DEFAULTS
    }

    static List<Part> order(Node chart) {
        boolean file = Nodes.get(chart, "valuesFile") != null;
        return switch (merge(chart)) {
            case MERGE -> file ? List.of(Part.INLINE, Part.VALUES_FILE) : List.of(Part.INLINE_UNDER_DEFAULTS);
            case REPLACE -> List.of(Part.INLINE);
            default -> file ? List.of(Part.VALUES_FILE, Part.INLINE) : List.of(Part.INLINE);
        };
    }

    static final String MERGE = "merge";
    static final String REPLACE = "replace";

    /**
     * How the entry's values merge: its {@code valuesMerge} ({@code override} when not set), applied only when
     * {@code valuesInline} has entries; without them Kustomize passes {@code valuesFile} as it is.
     */
    static String merge(Node chart) {
        Node inline = Nodes.get(chart, "valuesInline");
        return inline instanceof MappingNode m && !m.getValue().isEmpty() ? declaredMerge(chart) : "override";
    }

    /** The entry's {@code valuesMerge} as written ({@code override} when not set): what a created valuesInline would get. */
    static String declaredMerge(Node chart) {
        String merge = Nodes.text(chart, "valuesMerge");
        return merge == null ? "override" : merge;
    }

    /** Without a valuesFile, {@code merge} merges inline under the chart's own values.yaml, which Steward does not read here. */
    static String mergeWithDefaults(String file, YamlDocument doc, Node inline) {
        return "valuesInline (" + file + ":" + doc.lineOf(inline) + ") with valuesMerge: merge only fills what the chart's own values.yaml"
                + " leaves unset";
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
