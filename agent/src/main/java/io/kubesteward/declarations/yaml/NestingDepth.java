package io.kubesteward.declarations.yaml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Where a document nests deeper than any manifest does (CRD schemas included). SnakeYAML Engine has
 * no nesting limit of its own, so this is Steward's; both checks here loop instead of recursing,
 * because a deep enough file overflows any recursion.
 */
final class NestingDepth {
    static final int MAX = 200;

    private NestingDepth() {
    }

    /** The start of the first collection in {@code root} nested deeper than {@link #MAX}. */
    static Optional<Mark> tooDeep(Node root) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(1);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > MAX) {
                return node.getStartMark();
            }
            if (node instanceof MappingNode mapping) {
                for (NodeTuple entry : mapping.getValue()) {
                    nodes.push(entry.getValueNode());
                    depths.push(depth + 1);
                }
            } else if (node instanceof SequenceNode sequence) {
                for (Node item : sequence.getValue()) {
                    nodes.push(item);
                    depths.push(depth + 1);
                }
            }
        }
        return Optional.empty();
    }

    /** As above, from the event stream of {@code content}: for text too deep to compose at all. */
    static Optional<Mark> tooDeep(String content, LoadSettings settings) {
        int depth = 0;
        for (Event event : new Parse(settings).parseString(content)) {
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX) {
                        return event.getStartMark();
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                default -> { }
            }
        }
        return Optional.empty();
    }
}
