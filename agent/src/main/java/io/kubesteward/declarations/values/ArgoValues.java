package io.kubesteward.declarations.values;

import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.model.SetValue;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * An Argo CD source's Helm values in Argo CD's order of precedence, lowest first: {@code valueFiles} (files of the
 * chart, named, not read; a {@code $ref/path} of another source is read when this repository has the path), {@code values} (a YAML
 * string; {@code valuesObject} takes its place when both are set), then {@code parameters} ({@code --set}: typed as
 * Helm reads them unless {@code forceString}).
 */
final class ArgoValues {
    private ArgoValues() {
    }

    /** The Application's (or ApplicationSet template's) spec. */
    static Node spec(YamlDocument doc) {
        Node root = doc.root();
        return "ApplicationSet".equals(Nodes.text(root, "kind")) ? Nodes.get(root, "spec", "template", "spec") : Nodes.get(root, "spec");
    }

    /**
     * For {@code $values/apps/web/values.yaml}, where another source of the Application is {@code ref: values}: the
     * path {@code apps/web/values.yaml}, read when this repository has that file (the usual layout: the Application
     * and its values in one GitOps repository); null for any other entry.
     */
    static String referencedPath(YamlDocument doc, String entry) {
        if (!entry.startsWith("$") || entry.indexOf('/') < 2) {
            return null;
        }
        String ref = entry.substring(1, entry.indexOf('/'));
        boolean declared = Nodes.items(Nodes.get(spec(doc), "sources")).stream().anyMatch(src -> ref.equals(Nodes.text(src, "ref")));
        String path = entry.substring(entry.indexOf('/') + 1).replaceFirst("^\\./", "");
        return declared && !path.isEmpty() && !path.startsWith("/") && !path.contains("..") ? path : null;
    }

    /** The {@code source} or {@code sources} item the declaration at {@code offset} is in; null when none is. */
    static Node sourceAt(YamlDocument doc, int offset) {
        Node spec = spec(doc);
        List<Node> sources = new ArrayList<>();
        if (Nodes.get(spec, "source") instanceof MappingNode single) {
            sources.add(single);
        }
        sources.addAll(Nodes.items(Nodes.get(spec, "sources")));
        return sources.stream().filter(s -> doc.offsetOf(s) <= offset && offset <= doc.endOffsetOf(s)).findFirst().orElse(null);
    }

    static void gather(String file, YamlDocument doc, int offset, ValuesFiles files, List<SetValue> out, List<String> unresolved) {
        Node source = sourceAt(doc, offset);
        Node helm = Nodes.get(source, "helm");
        for (Node valueFile : Nodes.items(Nodes.get(helm, "valueFiles"))) {
            if (valueFile instanceof ScalarNode s) {
                String inRepository = referencedPath(doc, s.getValue());
                if (inRepository != null && files.content(inRepository).isPresent()) {
                    out.addAll(files.leavesOfFile(inRepository, List.of()));
                } else {
                    unresolved.add("valueFiles entry " + s.getValue() + " (" + file + ":" + doc.lineOf(s) + "): Argo CD reads it from"
                            + " the chart or another source, not from this file's repository path");
                }
            }
        }
        if (Nodes.get(helm, "valuesObject") instanceof MappingNode object) {
            out.addAll(ValueLeaves.of(doc, object, List.of(), file, 0));
        } else if (Nodes.get(helm, "values") instanceof ScalarNode text && !Nodes.isNull(text)) {
            out.addAll(ValuesFiles.leavesOfString(file, doc, text, List.of()));
        }
        for (Node parameter : Nodes.items(Nodes.get(helm, "parameters"))) {
            String name = Nodes.text(parameter, "name");
            if (name != null) {
                String value = Nodes.text(parameter, "value");
                boolean string = "true".equals(Nodes.text(parameter, "forceString"));
                out.add(new SetValue(HelmSetPath.split(name), string ? value : HelmSetPath.typed(value), file, doc.lineOf(parameter)));
            }
        }
    }
}
