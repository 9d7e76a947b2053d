package io.kubesteward.declarations.values;

import io.kubesteward.declarations.RepoPaths;
import io.kubesteward.declarations.helmfile.HelmfileReleaseValues;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.model.SetValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A helmfile release's {@code values:} in order: files (relative to the helmfile; {@code *.gotmpl} read as
 * templates) and inline mappings, then its {@code set:} entries ({@code --set}, typed as Helm types them). A value a template writes is not known without rendering: it is left out and named.
 */
final class HelmfileValues {
    private HelmfileValues() {
    }

    static void gather(String file, String content, int offset, ValuesFiles files, List<SetValue> out, List<String> unresolved) {
        for (HelmfileReleaseValues.Item item : HelmfileReleaseValues.of(file, content, offset)) {
            if (item.node() instanceof MappingNode inline) {
                keepKnown(ValueLeaves.of(item.document(), inline, List.of(), file, 0), out, unresolved);
            } else if (item.node() instanceof ScalarNode name) {
                valuesFile(file, item.document(), name, files, out, unresolved);
            }
        }
        for (HelmfileReleaseValues.Item set : HelmfileReleaseValues.sets(file, content, offset)) {
            String name = io.kubesteward.declarations.yaml.Nodes.text(set.node(), "name");
            String value = io.kubesteward.declarations.yaml.Nodes.text(set.node(), "value");
            String where = file + ":" + set.document().lineOf(set.node());
            if (name == null || name.indexOf(HelmfileReleaseValues.TEMPLATED) >= 0) {
                unresolved.add("a set: entry whose name " + (name == null ? "is missing" : "a template writes") + " (" + where + ")");
            } else if (value == null) {
                out.add(new SetValue(HelmSetPath.split(name), SetValue.UNKNOWN, file, set.document().lineOf(set.node())));
                unresolved.add("set: " + name + " (" + where + ") takes a list or a file's content, which Steward does not read");
            } else if (value.isEmpty()) {
                continue; // helmfile passes no --set for an empty value
            } else if (value.startsWith("ref+")) {
                out.add(new SetValue(HelmSetPath.split(name), SetValue.UNKNOWN, file, set.document().lineOf(set.node())));
                unresolved.add("set: " + name + " (" + where + ") is a vals reference, which helmfile resolves from a secret store");
            } else if (value.indexOf(HelmfileReleaseValues.TEMPLATED) >= 0) {
                out.add(new SetValue(HelmSetPath.split(name), SetValue.UNKNOWN, file, set.document().lineOf(set.node())));
                unresolved.add("the value of set: " + name + " at " + where + ", which a template writes");
            } else {
                out.add(new SetValue(HelmSetPath.split(name), HelmSetPath.typed(value), file, set.document().lineOf(set.node())));
            }
        }
    }

    private static void valuesFile(String helmfile, YamlDocument doc, ScalarNode name, ValuesFiles files, List<SetValue> out,
                                   List<String> unresolved) {
        String written = name.getValue();
        String where = helmfile + ":" + doc.lineOf(name);
        if (written.indexOf(HelmfileReleaseValues.TEMPLATED) >= 0) {
            unresolved.add("a values file whose name a template writes (" + where + ")");
            return;
        }
        String path = RepoPaths.resolve(RepoPaths.folder(helmfile), written);
        Optional<String> content = path == null ? Optional.empty() : files.content(path);
        if (content.isEmpty()) {
            unresolved.add("values file " + written + " (" + where + ") is not in the repository");
            return;
        }
        List<SetValue> leaves = new ArrayList<>();
        for (YamlDocument d : HelmfileReleaseValues.valuesFile(path, content.get()).documents()) {
            if (d.root() instanceof MappingNode m) {
                leaves.addAll(ValueLeaves.of(d, m, List.of(), path, 0));
            }
        }
        keepKnown(leaves, out, unresolved);
    }

    private static void keepKnown(List<SetValue> leaves, List<SetValue> out, List<String> unresolved) {
        for (SetValue v : leaves) {
            if (v.dotted().indexOf(HelmfileReleaseValues.TEMPLATED) >= 0) {
                unresolved.add("a key written by a template at " + v.where());
            } else if (String.valueOf(v.value()).indexOf(HelmfileReleaseValues.TEMPLATED) >= 0) {
                out.add(new SetValue(v.path(), SetValue.UNKNOWN, v.file(), v.line()));
                unresolved.add("the value of " + v.dotted() + " at " + v.where() + ", which a template writes");
            } else {
                out.add(v);
            }
        }
    }
}
