package io.kubesteward.declarations.yaml;

import io.kubesteward.model.Problem;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** One document of a YAML file: its node tree, and how the nodes' marks map to the file's text. */
public final class YamlDocument {
    private final Node root;
    private final TextBase base;

    YamlDocument(Node root, TextBase base) {
        this.root = root;
        this.base = base;
    }

    public Node root() {
        return root;
    }

    /** The scalar at {@code keys} below {@code from}, or null when absent, null ({@code ~}) or not a scalar. */
    public YamlScalar scalar(Node from, String... keys) {
        Node found = Nodes.get(from, keys);
        if (!(found instanceof ScalarNode scalar) || Nodes.isNull(scalar)) {
            return null;
        }
        return new YamlScalar(scalar.getValue(), ScalarSpans.spanOf(scalar, base), offsetOf(scalar), lineOf(scalar));
    }

    /** The exact text of a plain or quoted scalar's value (past its anchor or tag, inside its quotes), or null. */
    public io.kubesteward.model.Span valueSpan(ScalarNode node) {
        return ScalarSpans.spanOf(node, base);
    }

    /** Char offset of the node's first character in the file; 0 when the node carries no mark. */
    public int offsetOf(Node node) {
        return node.getStartMark().map(base::charOffset).orElse(0);
    }

    /** Char offset just past the node's last character in the file; the file's end when the node carries no mark. */
    public int endOffsetOf(Node node) {
        return node.getEndMark().map(base::charOffset).orElse(base.content().length());
    }

    /** A problem located at the node's first character. */
    public Problem problemAt(String path, Node node, String message) {
        int offset = offsetOf(node);
        return new Problem(path, lineOf(node), TextLines.column(base.content(), offset), message);
    }

    /** 1-based line of the node's first character in the file. */
    public int lineOf(Node node) {
        return node.getStartMark().map(base::line).orElse(0);
    }
}
