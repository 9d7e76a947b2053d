package io.kubesteward.declarations.values;

import io.kubesteward.declarations.RepoPaths;
import io.kubesteward.declarations.helmfile.HelmfileReleaseValues;
import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.SetValue;
import io.kubesteward.model.ValuesBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The places a release's values come from, in its tool's merge order (later wins), each either a mapping Steward
 * can write keys into, with the leaves it sets now, or a source it does not edit (a ConfigMap's string, a Secret,
 * Argo CD {@code parameters}, a values file outside the repository), named. {@code fallback} is the block to create
 * when no writable one is written yet (a HelmRelease's {@code spec.values}); null when the tool has none Steward makes.
 */
final class ValuesBlocks {
    record Source(ValuesBlock block, List<SetValue> leaves, String notEdited) {
        boolean writable() {
            return block != null;
        }
    }

    /** {@code fallbackAt}: where among the sources a created fallback block takes its place in the merge order. */
    record Listed(List<Source> sources, ValuesBlock fallback, int fallbackAt, String noFallback) {
        Listed(List<Source> sources, ValuesBlock fallback, String noFallback) {
            this(sources, fallback, sources.size(), noFallback);
        }
    }

    private ValuesBlocks() {
    }

    static Listed of(Declaration d, ValuesFiles files, ConfigMaps configMaps) {
        int offset = d.span().start();
        return switch (d.kind()) {
            case FLUX_HELM_RELEASE -> files.documentAt(d.file(), offset).map(doc -> flux(d.file(), doc, configMaps)).orElse(none());
            case ARGOCD_APPLICATION -> files.documentAt(d.file(), offset).map(doc -> argo(d.file(), doc, offset, files)).orElse(none());
            case KUSTOMIZE_HELM_CHART -> files.documentAt(d.file(), offset).map(doc -> kustomize(d.file(), doc, offset, files)).orElse(none());
            case HELMFILE_RELEASE -> files.content(d.file()).map(c -> helmfile(d.file(), c, offset, files)).orElse(none());
            case CHART_DEPENDENCY -> files.documentAt(d.file(), offset).map(doc -> umbrella(d.file(), doc, offset, files)).orElse(none());
            default -> new Listed(List.of(), null, "Steward writes values for Flux, Argo CD, helmfile, kustomize and umbrella chart releases");
        };
    }

    private static Listed none() {
        return new Listed(List.of(), null, "the declaration's file no longer reads as YAML");
    }

    private static Listed flux(String file, YamlDocument doc, ConfigMaps configMaps) {
        List<Source> out = new ArrayList<>();
        Node spec = Nodes.get(doc.root(), "spec");
        for (Node from : Nodes.items(Nodes.get(spec, "valuesFrom"))) {
            String name = Nodes.text(from, "name");
            String key = Optional.ofNullable(Nodes.text(from, "valuesKey")).orElse("values.yaml");
            String target = Nodes.text(from, "targetPath");
            // a ConfigMap's values are known (and its string is not rewritten); a Secret's are not, and they come first
            List<SetValue> leaves = !"ConfigMap".equals(Nodes.text(from, "kind")) || name == null ? List.of()
                    : configMaps.find(name, key, file).map(found -> target == null ? configMaps.leaves(found, List.of())
                    : List.of(new SetValue(HelmSetPath.split(target), configMaps.text(found, key), found.file(), doc.lineOf(from))))
                    .orElse(List.of());
            out.add(new Source(null, leaves, "values from " + Nodes.text(from, "kind") + " " + name + " (" + file + ":" + doc.lineOf(from) + ")"));
        }
        Node values = Nodes.get(spec, "values");
        if (values instanceof MappingNode m) {
            out.add(inline(doc, m, file, "spec.values"));
            return new Listed(out, null, null);
        }
        return spec instanceof MappingNode s && (values == null || Nodes.isNull(values))
                ? new Listed(out, new ValuesBlock(file, doc.offsetOf(s), List.of("values"), "spec.values of " + file), null)
                : new Listed(out, null, "spec of " + file + " is not a mapping");
    }

    private static Listed argo(String file, YamlDocument doc, int offset, ValuesFiles files) {
        List<Source> out = new ArrayList<>();
        Node source = ArgoValues.sourceAt(doc, offset);
        Node helm = Nodes.get(source, "helm");
        for (Node valueFile : Nodes.items(Nodes.get(helm, "valueFiles"))) {
            String entry = valueFile instanceof ScalarNode s ? s.getValue() : String.valueOf(valueFile);
            String path = valueFile instanceof ScalarNode ? ArgoValues.referencedPath(doc, entry) : null;
            out.add(path == null ? new Source(null, List.of(), "valueFiles entry " + entry + " (" + file + ":" + doc.lineOf(valueFile)
                    + "), which is not a file of this repository") : file(path, files, "valueFiles entry " + entry));
        }
        Node object = Nodes.get(helm, "valuesObject");
        Node string = Nodes.get(helm, "values");
        boolean stringValues = string instanceof ScalarNode t && !Nodes.isNull(t);
        if (object instanceof MappingNode m) {
            out.add(inline(doc, m, file, "helm.valuesObject"));
        } else if (stringValues) {
            out.add(new Source(null, ValuesFiles.leavesOfString(file, doc, (ScalarNode) string, List.of()), "helm.values (" + file + ":"
                    + doc.lineOf(string) + "), a YAML string Steward does not rewrite; move it to helm.valuesObject"));
        }
        for (Node parameter : Nodes.items(Nodes.get(helm, "parameters"))) {
            String name = Nodes.text(parameter, "name");
            out.add(new Source(null, name == null ? List.of() : List.of(new SetValue(HelmSetPath.split(name), Nodes.text(parameter, "value"),
                    file, doc.lineOf(parameter))), "helm.parameters " + name + " (" + file + ":" + doc.lineOf(parameter) + ")"));
        }
        if (stringValues || object instanceof MappingNode) {
            return new Listed(out, null, stringValues ? "helm.values is a YAML string; creating helm.valuesObject would replace it" : null);
        }
        int valueFiles = Nodes.items(Nodes.get(helm, "valueFiles")).size();
        if (helm instanceof MappingNode h) {
            return new Listed(out, new ValuesBlock(file, doc.offsetOf(h), List.of("valuesObject"), "helm.valuesObject of " + file), valueFiles, null);
        }
        return source instanceof MappingNode s
                ? new Listed(out, new ValuesBlock(file, doc.offsetOf(s), List.of("helm", "valuesObject"), "helm.valuesObject of " + file), valueFiles,
                null)
                : new Listed(out, null, "the Application's source is not a mapping");
    }

    private static Listed kustomize(String file, YamlDocument doc, int offset, ValuesFiles files) {
        List<Source> out = new ArrayList<>();
        Node chart = ValuesFiles.itemAt(doc, Nodes.get(doc.root(), "helmCharts"), offset).orElse(null);
        if (!(chart instanceof MappingNode c)) {
            return new Listed(out, null, "the helmCharts entry is not a mapping");
        }
        Node valuesFile = Nodes.get(c, "valuesFile");
        Node inline = Nodes.get(c, "valuesInline");
        boolean written = inline instanceof MappingNode m && !m.getValue().isEmpty();
        int before = 0;
        boolean beneath = false;
        for (KustomizeValues.Part part : KustomizeValues.order(c)) {
            switch (part) {
                case VALUES_FILE -> out.add(relativeFile(file, doc, valuesFile, files, "valuesFile"));
                case INLINE -> {
                    before = out.size();
                    if (written) {
                        out.add(inline(doc, (MappingNode) inline, file, "valuesInline"));
                    }
                }
                case INLINE_UNDER_DEFAULTS -> {
                    // what Steward wrote there would not be what the chart gets
                    out.add(new Source(null, ValueLeaves.of(doc, (MappingNode) inline, List.of(), file, 0),
                            KustomizeValues.mergeWithDefaults(file, doc, inline) + "; set valuesMerge: override for Steward to write there"));
                    beneath = true;
                }
            }
        }
        Nodes.items(Nodes.get(c, "additionalValuesFiles")).forEach(n -> out.add(relativeFile(file, doc, n, files, "additionalValuesFiles entry")));
        if (beneath) {
            return new Listed(out, null, "valuesInline with valuesMerge: merge lies beneath the chart's own values.yaml; set valuesMerge:"
                    + " override for Steward to write there");
        }
        if (written) {
            return new Listed(out, null, null);
        }
        String created = KustomizeValues.declaredMerge(c);
        if (KustomizeValues.REPLACE.equals(created) && valuesFile != null || KustomizeValues.MERGE.equals(created) && valuesFile == null) {
            // values written into valuesInline would switch its valuesMerge on: replace drops valuesFile, merge sits beneath the defaults
            return new Listed(out, null, "valuesInline with valuesMerge: " + created + " would " + (KustomizeValues.REPLACE.equals(created)
                    ? "replace valuesFile as a whole" : "lie beneath the chart's own values.yaml") + "; set valuesMerge: override for Steward"
                    + " to write there");
        }
        int at = KustomizeValues.MERGE.equals(created) ? 0 : before;
        if (inline instanceof MappingNode m) {
            // written empty ({}): its place in the order is the one its valuesMerge gives it once it has entries
            out.add(at, inline(doc, m, file, "valuesInline"));
            return new Listed(out, null, null);
        }
        return new Listed(out, new ValuesBlock(file, doc.offsetOf(c), List.of("valuesInline"), "valuesInline of " + file), at, null);
    }

    private static Listed helmfile(String file, String content, int offset, ValuesFiles files) {
        List<Source> out = new ArrayList<>();
        for (HelmfileReleaseValues.Item item : HelmfileReleaseValues.of(file, content, offset)) {
            if (item.node() instanceof MappingNode inline) {
                out.add(inline(item.document(), inline, file, "inline values"));
            } else if (item.node() instanceof ScalarNode name && name.getValue().indexOf(HelmfileReleaseValues.TEMPLATED) < 0
                    && !name.getValue().endsWith(".gotmpl")) {
                String path = RepoPaths.resolve(RepoPaths.folder(file), name.getValue());
                out.add(path == null ? new Source(null, List.of(), "values file " + name.getValue() + " outside the repository")
                        : file(path, files, "values file " + name.getValue()));
            } else {
                out.add(new Source(null, List.of(), "a values entry a template writes (" + file + ":" + item.document().lineOf(item.node()) + ")"));
            }
        }
        for (HelmfileReleaseValues.Item set : HelmfileReleaseValues.sets(file, content, offset)) {
            String name = Nodes.text(set.node(), "name");
            out.add(new Source(null, name == null || name.indexOf(HelmfileReleaseValues.TEMPLATED) >= 0 ? List.of()
                    : List.of(new SetValue(HelmSetPath.split(name), Nodes.text(set.node(), "value"), file, set.document().lineOf(set.node()))),
                    "set: " + name + " (" + file + ":" + set.document().lineOf(set.node()) + ")"));
        }
        return new Listed(out, null, "the release has no values entry to write into; add one (a values file or inline values)");
    }

    /** An umbrella chart's values.yaml, below the dependency's key (created there when the file does not write it yet). */
    private static Listed umbrella(String chartYaml, YamlDocument doc, int offset, ValuesFiles files) {
        String key = UmbrellaValues.key(doc, offset);
        String path = UmbrellaValues.valuesFile(chartYaml);
        if (key == null) {
            return new Listed(List.of(), null, "the dependency has no name in " + chartYaml);
        }
        Source whole = file(path, files, path);
        if (!whole.writable()) {
            return new Listed(List.of(), null, files.content(path).isEmpty() ? "the umbrella chart has no " + path + " to write into; add one"
                    : whole.notEdited());
        }
        ValuesBlock below = new ValuesBlock(path, whole.block().offset(), List.of(key), key + " of " + path);
        return new Listed(List.of(new Source(below, UmbrellaValues.under(key, whole.leaves()), null)), null, null);
    }

    private static Source inline(YamlDocument doc, MappingNode m, String file, String what) {
        return new Source(new ValuesBlock(file, doc.offsetOf(m), List.of(), what + " of " + file), ValueLeaves.of(doc, m, List.of(), file, 0), null);
    }

    private static Source relativeFile(String file, YamlDocument doc, Node name, ValuesFiles files, String what) {
        String written = name instanceof ScalarNode s ? s.getValue() : "";
        String path = written.contains("://") ? null : RepoPaths.resolve(RepoPaths.folder(file), written);
        return path == null ? new Source(null, List.of(), what + " " + written + " (" + file + ":" + doc.lineOf(name) + "), not in the repository")
                : file(path, files, what + " " + written);
    }

    private static Source file(String path, ValuesFiles files, String what) {
        Optional<YamlDocument> doc = files.yaml(path).filter(f -> f.problems().isEmpty() && f.documents().size() == 1)
                .map(f -> f.documents().get(0)).filter(d -> d.root() instanceof MappingNode);
        if (doc.isEmpty()) {
            return new Source(null, files.leavesOfFile(path, List.of()), what + " (" + path + "), which is not one YAML mapping in the repository");
        }
        return new Source(new ValuesBlock(path, doc.get().offsetOf(doc.get().root()), List.of(), path), files.leavesOfFile(path, List.of()), null);
    }
}
