package io.kubesteward.declarations.yaml;

import java.util.List;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Null-tolerant navigation in composed YAML nodes. Aliases need no care: an alias is its anchored node. */
public final class Nodes {
    private static final String MERGE_KEY = "<<";
    // merge keys can refer to each other; Helm's parser follows them, but never this deep
    private static final int MAX_MERGE_DEPTH = 10;

    private Nodes() {
    }

    /** The node at {@code keys} below {@code node}, or null when any step is missing or not a mapping. */
    public static Node get(Node node, String... keys) {
        Node current = node;
        for (String key : keys) {
            current = valueOf(current, key, 0);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /** The scalar value at {@code keys}, or null when absent, null ({@code ~}) or not a scalar. */
    public static String text(Node node, String... keys) {
        Node found = get(node, keys);
        if (found instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
            return scalar.getValue();
        }
        return null;
    }

    /** The items of a sequence node; empty for anything else. */
    public static List<Node> items(Node node) {
        return node instanceof SequenceNode sequence ? sequence.getValue() : List.of();
    }

    public static boolean isNull(Node node) {
        return node == null || (node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag()));
    }

    private static Node valueOf(Node node, String key, int depth) {
        if (!(node instanceof MappingNode mapping) || depth > MAX_MERGE_DEPTH) {
            return null;
        }
        for (NodeTuple entry : mapping.getValue()) {
            if (entry.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key) && !isMergeKey(k)) {
                return entry.getValueNode();
            }
        }
        // YAML 1.2 has no merge keys, but Helm and Kubernetes (YAML 1.1 parsers) resolve them
        for (NodeTuple entry : mapping.getValue()) {
            if (entry.getKeyNode() instanceof ScalarNode k && isMergeKey(k)) {
                Node merged = entry.getValueNode();
                List<Node> sources = merged instanceof SequenceNode sequence ? sequence.getValue() : List.of(merged);
                for (Node source : sources) {
                    Node found = valueOf(source, key, depth + 1);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    private static boolean isMergeKey(ScalarNode key) {
        return key.getScalarStyle() == ScalarStyle.PLAIN && MERGE_KEY.equals(key.getValue());
    }
}
