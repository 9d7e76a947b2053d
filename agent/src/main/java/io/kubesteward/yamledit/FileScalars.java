package io.kubesteward.yamledit;

import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlReader;
import io.kubesteward.declarations.yaml.YamlScalar;
import io.kubesteward.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The scalars of one YAML file with their exact value spans and how they are written, so that an
 * edit can tell whether it replaces a whole plain scalar and which quote the file prefers.
 */
final class FileScalars {
    /** One scalar: its value span, style, whether it sits in a flow collection, and whether it carries an explicit tag. */
    record Scalar(Span span, ScalarStyle style, boolean inFlow, boolean tagged) {
    }

    private final List<Scalar> scalars;

    private FileScalars(List<Scalar> scalars) {
        this.scalars = List.copyOf(scalars);
    }

    static FileScalars read(String path, String content) {
        List<Scalar> found = new ArrayList<>();
        for (YamlDocument document : YamlReader.read(path, content).documents()) {
            collect(document, content, document.root(), false, found, Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        return new FileScalars(found);
    }

    static FileScalars none() {
        return new FileScalars(List.of());
    }

    /** The scalar whose value is exactly {@code span}, or null. */
    Scalar exactly(Span span) {
        return scalars.stream().filter(s -> s.span().start() == span.start() && s.span().end() == span.end()).findFirst().orElse(null);
    }

    /** The quote this file uses most: double unless single-quoted scalars outnumber double-quoted ones. */
    char prevailingQuote() {
        long doubles = scalars.stream().filter(s -> s.style() == ScalarStyle.DOUBLE_QUOTED).count();
        long singles = scalars.stream().filter(s -> s.style() == ScalarStyle.SINGLE_QUOTED).count();
        return singles > doubles ? '\'' : '"';
    }

    private static void collect(YamlDocument document, String content, Node node, boolean inFlow, List<Scalar> found, Set<Node> seen) {
        if (node == null || !seen.add(node)) {
            return;
        }
        if (node instanceof ScalarNode scalar) {
            YamlScalar read = document.scalar(scalar);
            if (read != null && read.span() != null) {
                String properties = content.substring(Math.min(read.offset(), read.span().start()), read.span().start());
                found.add(new Scalar(read.span(), scalar.getScalarStyle(), inFlow, properties.contains("!")));
            }
            return;
        }
        boolean flow = inFlow || (node instanceof CollectionNode<?> collection && collection.getFlowStyle() == FlowStyle.FLOW);
        if (node instanceof MappingNode mapping) {
            for (NodeTuple entry : mapping.getValue()) {
                collect(document, content, entry.getKeyNode(), flow, found, seen);
                collect(document, content, entry.getValueNode(), flow, found, seen);
            }
        } else if (node instanceof CollectionNode<?> sequence) {
            for (Object item : sequence.getValue()) {
                collect(document, content, (Node) item, flow, found, seen);
            }
        }
    }
}
