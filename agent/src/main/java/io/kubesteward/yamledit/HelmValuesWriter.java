package io.kubesteward.yamledit;

import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlFile;
import io.kubesteward.model.ValuesBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Writes Helm values into a block of a YAML file as text edits: a value the block sets is replaced in its span (its
 * quotes kept); keys it does not set are added after the last entry of the deepest mapping that exists, with that
 * mapping's indentation and the file's indentation step and line ends; an empty {@code {}} or a bare key
 * ({@code resources:}) becomes a block. Flow mappings with entries, lists, anchored nodes and what lies below an anchor
 * (other entries may reuse it) are refused, never re-serialised.
 */
final class HelmValuesWriter {
    private HelmValuesWriter() {
    }

    /** @param values below the block: path → the text to write */
    static List<TextEdit> edits(String path, String content, YamlFile yaml, ValuesBlock block, Map<List<String>, String> values) {
        Located at = yaml.documents().stream().map(d -> find(d, d.root(), null, null, block.offset())).filter(java.util.Objects::nonNull)
                .findFirst().orElseThrow(() -> new EditRejected(path + " changed since it was read: " + block.shown() + " is not where it was"));
        if (at.anchor() != null) {
            throw new EditRejected(path + ":" + at.doc().lineOf(at.node()) + ": " + block.shown() + " sits under the anchor &" + at.anchor()
                    + ", which other entries may reuse (*" + at.anchor() + ", <<: *" + at.anchor() + "); Steward does not write shared values:"
                    + " set them in this release's own values");
        }
        YamlDocument doc = at.doc();
        Map<String, Object> tree = new LinkedHashMap<>();
        values.forEach((keys, text) -> put(tree, prefixed(block.create(), keys), text));
        Context c = new Context(path, content, doc, step(doc, content, doc.root()), content.contains("\r\n") ? "\r\n" : "\n");
        List<TextEdit> out = new ArrayList<>();
        if (at.node().getValue().isEmpty()) {
            // an empty block ({} or a document that is only {}) becomes the keys, one step below its key
            int indent = at.key() != null ? column(content, doc.offsetOf(at.key())) + c.step() : column(content, doc.offsetOf(at.node()));
            out.add(opened(c, at.node(), indent, tree, at.key() != null));
        } else {
            write(c, at.node(), tree, out);
        }
        return out;
    }

    /** The block mapping found, the document it is in, the key it is the value of (null at the root) and the anchor above it, if any. */
    private record Located(YamlDocument doc, MappingNode node, Node key, String anchor) {
    }

    private record Context(String path, String content, YamlDocument doc, int step, String newline) {
    }

    private static void write(Context c, MappingNode node, Map<String, Object> tree, List<TextEdit> out) {
        if (node.getAnchor().isPresent()) {
            throw new EditRejected(c.path() + ":" + c.doc().lineOf(node) + " is the anchor &" + node.getAnchor().get().getValue()
                    + ", which other keys may reuse; Steward does not write shared values");
        }
        if (node.getFlowStyle() == FlowStyle.FLOW) {
            throw new EditRejected(c.path() + ":" + c.doc().lineOf(node) + " writes these values as a flow mapping ({…}); Steward does not"
                    + " rewrite those: write it as a block to let Steward add " + String.join(", ", tree.keySet()));
        }
        Map<String, Object> missing = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            NodeTuple t = own(node, e.getKey());
            if (t == null) {
                missing.put(e.getKey(), e.getValue());
                continue;
            }
            Node v = t.getValueNode();
            int line = c.doc().lineOf(v);
            if (e.getValue() instanceof String text) {
                if (!(v instanceof ScalarNode s) || isEmpty(s)) {
                    throw new EditRejected(c.path() + ":" + line + ": " + e.getKey() + " is not a value Steward can replace");
                }
                String quote = s.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED ? "\"" : s.getScalarStyle() == ScalarStyle.SINGLE_QUOTED ? "'" : "";
                if (s.getScalarStyle() != ScalarStyle.PLAIN && quote.isEmpty()) {
                    throw new EditRejected(c.path() + ":" + line + ": " + e.getKey() + " is a block scalar; Steward replaces plain and quoted values");
                }
                if (s.getAnchor().isPresent()) {
                    throw new EditRejected(c.path() + ":" + line + ": " + e.getKey() + " is the anchor &" + s.getAnchor().get().getValue()
                            + ", which other keys may reuse; Steward does not write shared values");
                }
                io.kubesteward.model.Span span = c.doc().valueSpan(s);
                if (span == null) {
                    throw new EditRejected(c.path() + ":" + line + ": the text of " + e.getKey() + " is not its value as written; Steward"
                            + " replaces plain and quoted values");
                }
                // the span is the value's own text: past a tag (!!str) and inside quotes, which stay as they are
                out.add(new TextEdit(span.start(), span.end(), text, text, 0, String.join(".", e.getKey()) + " in " + c.path()));
            } else if (v instanceof MappingNode m && m.getFlowStyle() == FlowStyle.BLOCK && !m.getValue().isEmpty()) {
                write(c, m, cast(e.getValue()), out);
            } else if ((v instanceof MappingNode m && m.getValue().isEmpty()) || (v instanceof ScalarNode s && isEmpty(s))) {
                if (v.getAnchor().isPresent()) {
                    throw new EditRejected(c.path() + ":" + line + ": " + e.getKey() + " is the anchor &" + v.getAnchor().get().getValue()
                            + ", which other keys may reuse; Steward does not write shared values");
                }
                out.add(opened(c, v, column(c.content(), c.doc().offsetOf(t.getKeyNode())) + c.step(), cast(e.getValue()), true));
            } else if (v instanceof MappingNode) {
                throw new EditRejected(c.path() + ":" + line + " writes " + e.getKey() + " as a flow mapping ({…}); Steward does not rewrite"
                        + " those: write it as a block to let Steward add " + String.join(", ", cast(e.getValue()).keySet()));
            } else {
                throw new EditRejected(c.path() + ":" + line + ": " + e.getKey() + " is not a mapping; Steward cannot add "
                        + String.join(", ", cast(e.getValue()).keySet()) + " to it");
            }
        }
        if (!missing.isEmpty()) {
            List<NodeTuple> entries = node.getValue();
            int indent = column(c.content(), c.doc().offsetOf(entries.get(0).getKeyNode()));
            int last = YamlListAppend.lastTextEnd(c.doc(), entries.get(entries.size() - 1).getValueNode());
            int lineEnd = last > 0 && c.content().charAt(last - 1) == '\n' ? last - 1 : c.content().indexOf('\n', last);
            String text = lines(missing, indent, c);
            if (lineEnd < 0) {
                out.add(new TextEdit(c.content().length(), c.content().length(), c.newline() + text, text, 0, "values in " + c.path()));
            } else {
                out.add(new TextEdit(lineEnd + 1, lineEnd + 1, text, text, 0, "values in " + c.path()));
            }
        }
    }

    /** An empty value ({@code {}}, {@code ~}, nothing) replaced by the keys as block lines at {@code indent}, on lines of their own below its key. */
    private static TextEdit opened(Context c, Node empty, int indent, Map<String, Object> tree, boolean belowKey) {
        int from = c.doc().offsetOf(empty);
        int to = c.doc().endOffsetOf(empty);
        while (belowKey && from > 0 && (c.content().charAt(from - 1) == ' ' || c.content().charAt(from - 1) == '\t')) {
            from--;
        }
        String lines = lines(tree, indent, c);
        String text = lines.substring(0, lines.length() - c.newline().length());
        if (!belowKey) {
            text = text.substring(indent); // the first key takes the empty value's own place (after "- " in a list)
        }
        return new TextEdit(from, to, belowKey ? c.newline() + text : text, lines, 0, String.join(", ", tree.keySet()) + " in " + c.path());
    }

    /** The keys as block lines at {@code indent} columns, nested by the file's step, each line ended. */
    private static String lines(Map<String, Object> tree, int indent, Context c) {
        StringBuilder b = new StringBuilder();
        tree.forEach((key, value) -> {
            b.append(" ".repeat(indent)).append(key).append(':');
            if (value instanceof String text) {
                b.append(' ').append(text).append(c.newline());
            } else {
                b.append(c.newline()).append(lines(cast(value), indent + c.step(), c));
            }
        });
        return b.toString();
    }

    private static boolean isEmpty(ScalarNode s) {
        return s.getScalarStyle() == ScalarStyle.PLAIN && s.getValue().matches("|~|null|Null|NULL");
    }

    private static NodeTuple own(MappingNode node, String key) {
        NodeTuple found = null;
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                found = t;
            }
        }
        return found;
    }

    /** The block mapping that starts at {@code offset}, searched below {@code node} (the value of {@code key}), with the anchor above it. */
    private static Located find(YamlDocument doc, Node node, Node key, String anchor, int offset) {
        String anchored = anchor != null ? anchor : node.getAnchor().map(a -> a.getValue()).orElse(null);
        if (node instanceof MappingNode m) {
            if (doc.offsetOf(m) == offset) {
                return new Located(doc, m, key, anchored);
            }
            for (NodeTuple t : m.getValue()) {
                Located inner = find(doc, t.getValueNode(), t.getKeyNode(), anchored, offset);
                if (inner != null) {
                    return inner;
                }
            }
        } else if (node instanceof org.snakeyaml.engine.v2.nodes.SequenceNode s) {
            for (Node item : s.getValue()) {
                Located inner = find(doc, item, null, anchored, offset);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** The file's indentation step: how much deeper the first nested block mapping's keys are than its parent's; 2 if none is. */
    private static int step(YamlDocument doc, String content, Node node) {
        if (node instanceof MappingNode m && m.getFlowStyle() == FlowStyle.BLOCK) {
            for (NodeTuple t : m.getValue()) {
                if (t.getValueNode() instanceof MappingNode inner && inner.getFlowStyle() == FlowStyle.BLOCK && !inner.getValue().isEmpty()) {
                    int step = column(content, doc.offsetOf(inner.getValue().get(0).getKeyNode())) - column(content, doc.offsetOf(t.getKeyNode()));
                    if (step > 0) {
                        return step;
                    }
                }
            }
        }
        return 2;
    }

    private static int column(String content, int offset) {
        return offset - (content.lastIndexOf('\n', offset - 1) + 1);
    }

    private static List<String> prefixed(List<String> prefix, List<String> keys) {
        List<String> out = new ArrayList<>(prefix);
        out.addAll(keys);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, List<String> keys, String text) {
        Map<String, Object> node = tree;
        for (String key : keys.subList(0, keys.size() - 1)) {
            node = (Map<String, Object>) node.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
        }
        node.put(keys.get(keys.size() - 1), text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }
}
