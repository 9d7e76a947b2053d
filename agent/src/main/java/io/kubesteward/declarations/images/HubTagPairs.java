package io.kubesteward.declarations.images;

import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Istio's values convention: a map with {@code hub} and {@code tag} gives the registry path and
 * the tag of every bare {@code image:} name below it ({@code global.proxy.image: proxyv2} runs
 * {@code <hub>/proxyv2:<tag>}); {@code global}'s pair covers the whole values tree, a nearer pair
 * (a component's own {@code hub}/{@code tag}) overrides it. The tag is one value shared by those
 * images, so it is one declaration, not one per image.
 */
final class HubTagPairs {
    private static final Pattern BARE_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    /** One pair, and the bare image names it completes, in document order. */
    record Pair(YamlScalar hub, YamlScalar tag, String where, List<ScalarNode> components) {
    }

    private final YamlDocument document;
    private final UnaryOperator<YamlScalar> written;
    private final List<Pair> pairs = new ArrayList<>();
    private final Set<Node> walked = Collections.newSetFromMap(new IdentityHashMap<>());

    private HubTagPairs(YamlDocument document, UnaryOperator<YamlScalar> written) {
        this.document = document;
        this.written = written;
    }

    static List<Pair> find(YamlDocument document, Node values, UnaryOperator<YamlScalar> written) {
        HubTagPairs finder = new HubTagPairs(document, written);
        Node global = values instanceof MappingNode ? child((MappingNode) values, "global") : null;
        Pair top = global instanceof MappingNode map ? finder.pairOf(map, "global.hub and global.tag") : null;
        finder.walk(values, top);
        return List.copyOf(finder.pairs);
    }

    private void walk(Node node, Pair scope) {
        if (node == null || !walked.add(node)) {
            return;
        }
        if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> walk(item, scope));
        } else if (node instanceof MappingNode mapping) {
            Pair own = pairOf(mapping, "hub and tag");
            Pair current = own != null ? own : scope;
            for (NodeTuple entry : mapping.getValue()) {
                if (current != null && entry.getKeyNode() instanceof ScalarNode key && key.getValue().equals("image")
                        && entry.getValueNode() instanceof ScalarNode value && BARE_NAME.matcher(value.getValue()).matches()) {
                    current.components().add(value);
                } else {
                    walk(entry.getValueNode(), current);
                }
            }
        }
    }

    /** The pair {@code map} holds, registered once; null when it has not both a {@code hub} and a {@code tag}. */
    private Pair pairOf(MappingNode map, String where) {
        for (Pair pair : pairs) {
            if (pair.hub().offset() == offsetOf(map, "hub")) {
                return pair;
            }
        }
        YamlScalar hub = scalar(map, "hub");
        YamlScalar tag = scalar(map, "tag");
        if (hub == null || tag == null || hub.value().isBlank()) {
            return null;
        }
        Pair pair = new Pair(hub, tag, where, new ArrayList<>());
        pairs.add(pair);
        return pair;
    }

    private int offsetOf(MappingNode map, String key) {
        YamlScalar scalar = document.scalar(map, key);
        return scalar == null ? -1 : scalar.offset();
    }

    private YamlScalar scalar(MappingNode map, String key) {
        YamlScalar read = document.scalar(map, key);
        return read == null ? null : written.apply(read);
    }

    private static Node child(MappingNode map, String key) {
        for (NodeTuple entry : map.getValue()) {
            if (entry.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return entry.getValueNode();
            }
        }
        return null;
    }
}
