package io.kubesteward.declarations.values;

import io.kubesteward.declarations.RepoPaths;
import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.model.SetValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The ConfigMaps the repository defines, as manifests ({@code kind: ConfigMap}) or through a kustomization's
 * {@code configMapGenerator} ({@code files:} and {@code literals:}), found by name for a Flux {@code valuesFrom}.
 * Kustomize appends a hash to generated names and rewrites references to them, so the generator's name is what a
 * HelmRelease refers to.
 */
final class ConfigMaps {
    private final ValuesFiles files;

    ConfigMaps(ValuesFiles files) {
        this.files = files;
    }

    /** One key of a ConfigMap: its values (a YAML mapping, or the text for a {@code targetPath}) and where it is written. */
    record Key(String file, YamlDocument doc, ScalarNode inline, String wholeFile, boolean literal) {
    }

    /**
     * The key of the ConfigMap named {@code name} nearest to {@code from} (the HelmRelease's file); empty when the
     * repository has none, or several at the same distance (which one Kustomize builds in cannot be told from here).
     */
    Optional<Key> find(String name, String key, String from) {
        List<Candidate> found = new ArrayList<>();
        files.all().forEach((path, content) -> {
            if (RepoPaths.isYaml(path) && content.contains(name)
                    && (content.contains("ConfigMap") || content.contains("configMapGenerator"))) {
                collect(path, name, key, found);
            }
        });
        found.sort(Comparator.comparingInt((Candidate c) -> -RepoPaths.sharedFolders(c.file(), from)));
        if (found.isEmpty() || (found.size() > 1
                && RepoPaths.sharedFolders(found.get(0).file(), from) == RepoPaths.sharedFolders(found.get(1).file(), from))) {
            return Optional.empty();
        }
        return Optional.of(found.get(0).key());
    }

    private record Candidate(String file, Key key) {
    }

    private void collect(String path, String name, String key, List<Candidate> found) {
        for (YamlDocument doc : files.yaml(path).map(f -> f.documents()).orElse(List.of())) {
            Node root = doc.root();
            if ("ConfigMap".equals(Nodes.text(root, "kind")) && name.equals(Nodes.text(root, "metadata", "name"))
                    && Nodes.get(root, "data", key) instanceof ScalarNode value) {
                found.add(new Candidate(path, new Key(path, doc, value, null, false)));
            }
            for (Node generator : Nodes.items(Nodes.get(root, "configMapGenerator"))) {
                if (name.equals(Nodes.text(generator, "name"))) {
                    generated(path, doc, generator, key).ifPresent(k -> found.add(new Candidate(path, k)));
                }
            }
        }
    }

    /** {@code files: [values.yaml]} (key = file name) or {@code [key=path]}; {@code literals: [key=value]}. */
    private Optional<Key> generated(String kustomization, YamlDocument doc, Node generator, String key) {
        for (Node item : Nodes.items(Nodes.get(generator, "files"))) {
            if (item instanceof ScalarNode s) {
                String spec = s.getValue();
                int eq = spec.indexOf('=');
                String k = eq < 0 ? RepoPaths.fileName(spec) : spec.substring(0, eq);
                String relative = eq < 0 ? spec : spec.substring(eq + 1);
                String resolved = RepoPaths.resolve(RepoPaths.folder(kustomization), relative);
                if (k.equals(key) && resolved != null && files.content(resolved).isPresent()) {
                    return Optional.of(new Key(resolved, null, null, resolved, false));
                }
            }
        }
        for (Node item : Nodes.items(Nodes.get(generator, "literals"))) {
            if (item instanceof ScalarNode s && s.getValue().startsWith(key + "=")) {
                return Optional.of(new Key(kustomization, doc, s, null, true));
            }
        }
        return Optional.empty();
    }

    /** The leaves of a key's values under {@code prefix}; empty for a literal, whose one line holds no mapping. */
    List<SetValue> leaves(Key key, List<String> prefix) {
        if (key.wholeFile() != null) {
            return files.leavesOfFile(key.wholeFile(), prefix);
        }
        return key.literal() ? List.of() : ValuesFiles.leavesOfString(key.file(), key.doc(), key.inline(), prefix);
    }

    /** The key's text, for a {@code targetPath} (a literal's text after its {@code key=}). */
    String text(Key key, String name) {
        if (key.wholeFile() != null) {
            return files.content(key.wholeFile()).orElse("");
        }
        String v = key.inline().getValue();
        return v.startsWith(name + "=") ? v.substring(name.length() + 1) : v;
    }
}
