package io.kubesteward.declarations.yaml;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.Collections;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Finds a mapping key written twice. Composing does not check this (only constructing does), and
 * such a document is ambiguous: Kubernetes tools reject it, other readers take either value.
 */
final class DuplicateKeys {
    private DuplicateKeys() {
    }

    /** The second occurrence of the first duplicated key, or null. */
    static ScalarNode find(Node root) {
        return find(root, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static ScalarNode find(Node node, Set<Node> visited) {
        if (!visited.add(node)) {
            return null;
        }
        if (node instanceof MappingNode mapping) {
            Map<String, ScalarNode> seen = new HashMap<>();
            for (NodeTuple entry : mapping.getValue()) {
                if (entry.getKeyNode() instanceof ScalarNode key && seen.putIfAbsent(key.getValue(), key) != null) {
                    return key;
                }
                ScalarNode inside = find(entry.getValueNode(), visited);
                if (inside != null) {
                    return inside;
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                ScalarNode inside = find(item, visited);
                if (inside != null) {
                    return inside;
                }
            }
        }
        return null;
    }
}
