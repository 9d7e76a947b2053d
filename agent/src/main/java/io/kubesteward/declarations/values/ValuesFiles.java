package io.kubesteward.declarations.values;

import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlFile;
import io.kubesteward.declarations.yaml.YamlReader;
import io.kubesteward.model.SetValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** The repository's files as given (path → content), each read as YAML at most once. */
final class ValuesFiles {
    private final Map<String, String> contents;
    private final Map<String, YamlFile> read = new ConcurrentHashMap<>();

    ValuesFiles(Map<String, String> contents) {
        this.contents = contents;
    }

    Optional<String> content(String path) {
        return Optional.ofNullable(contents.get(path));
    }

    Map<String, String> all() {
        return contents;
    }

    Optional<YamlFile> yaml(String path) {
        String content = contents.get(path);
        return content == null ? Optional.empty() : Optional.of(read.computeIfAbsent(path, p -> YamlReader.read(p, content)));
    }

    /** The document of {@code path} holding char offset {@code offset}. */
    Optional<YamlDocument> documentAt(String path, int offset) {
        return yaml(path).flatMap(f -> f.documents().stream()
                .filter(d -> d.offsetOf(d.root()) <= offset && offset < d.endOffsetOf(d.root()) + 1)
                .reduce((a, b) -> b));
    }

    /** The item of a sequence that holds char offset {@code offset}. */
    static Optional<Node> itemAt(YamlDocument doc, Node sequence, int offset) {
        return Nodes.items(sequence).stream()
                .filter(n -> doc.offsetOf(n) <= offset && offset < doc.endOffsetOf(n) + 1)
                .findFirst();
    }

    /** Every leaf of a whole values file (a missing or empty file sets nothing). */
    List<SetValue> leavesOfFile(String path, List<String> prefix) {
        return yaml(path).map(f -> f.documents().stream()
                .filter(d -> d.root() instanceof MappingNode)
                .flatMap(d -> ValueLeaves.of(d, d.root(), prefix, path, 0).stream()).toList()).orElse(List.of());
    }

    /**
     * The leaves of values written as a YAML string ({@code helm.values: |}, a ConfigMap's key), with the lines
     * of the enclosing file: a block scalar's text starts on the line after its header.
     */
    static List<SetValue> leavesOfString(String file, YamlDocument doc, ScalarNode text, List<String> prefix) {
        boolean block = text.getScalarStyle() == ScalarStyle.LITERAL || text.getScalarStyle() == ScalarStyle.FOLDED;
        int offset = doc.lineOf(text) - 1 + (block ? 1 : 0);
        YamlFile inner = YamlReader.read(file, text.getValue());
        return inner.documents().stream()
                .filter(d -> d.root() instanceof MappingNode)
                .flatMap(d -> ValueLeaves.of(d, d.root(), prefix, file, offset).stream()).toList();
    }
}
