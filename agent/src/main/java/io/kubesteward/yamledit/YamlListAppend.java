package io.kubesteward.yamledit;

import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlFile;
import io.kubesteward.declarations.yaml.YamlReader;
import java.util.List;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Adds one item to a top-level list of a kustomization ({@code patches:}, {@code resources:}) as a
 * text insertion: after the last item of a block list, with its indentation and the file's line
 * ends; inside the brackets of a flow list; or as a new key at the end of the file. Nothing else of
 * the file is touched.
 */
final class YamlListAppend {
    private YamlListAppend() {
    }

    /**
     * The insertion that adds an item to {@code key}: {@code block} is the item as a block list writes
     * it after {@code "- "}, {@code flow} as a flow list writes it.
     */
    static TextEdit insertion(String path, String content, String key, String block, String flow) {
        YamlFile yaml = YamlReader.read(path, content);
        if (!yaml.problems().isEmpty() || yaml.documents().size() != 1 || !(yaml.documents().get(0).root() instanceof MappingNode root)) {
            throw new EditRejected(path + " is not a single YAML mapping Steward can add '" + key + "' entries to; add "
                    + block + " by hand");
        }
        YamlDocument document = yaml.documents().get(0);
        String newline = content.contains("\r\n") ? "\r\n" : "\n";
        Node list = Nodes.get(root, key);
        String subject = "the " + key + " of " + path;
        if (list == null || Nodes.isNull(list)) {
            if (keyPresent(root, key)) {
                throw new EditRejected(path + " has '" + key + ":' without a list; write it as a list to let Steward add " + block);
            }
            String indent = itemIndent(document, content, Nodes.get(root, "resources"));
            String text = (content.isEmpty() || content.endsWith("\n") ? "" : newline) + key + ":" + newline + indent + "- " + block + newline;
            return new TextEdit(content.length(), content.length(), text, block, 0, subject);
        }
        if (!(list instanceof SequenceNode sequence)) {
            throw new EditRejected(path + ": '" + key + "' is not a list; Steward cannot add " + block + " to it");
        }
        if (sequence.getFlowStyle() == FlowStyle.FLOW) {
            int end = document.endOffsetOf(sequence) - 1;
            if (end <= document.offsetOf(sequence) || content.charAt(end) != ']') {
                throw new EditRejected("cannot find the end of the flow list '" + key + "' in " + path + "; add " + block + " by hand");
            }
            String text = (sequence.getValue().isEmpty() ? "" : ", ") + flow;
            return new TextEdit(end, end, text, flow, 0, subject);
        }
        List<Node> items = sequence.getValue();
        int last = lastTextEnd(document, items.get(items.size() - 1));
        // a block scalar's text ends with its line end already
        int lineEnd = last > 0 && content.charAt(last - 1) == '\n' ? last - 1 : content.indexOf('\n', last);
        String indent = itemIndent(document, content, sequence);
        if (lineEnd < 0) {
            return new TextEdit(content.length(), content.length(), newline + indent + "- " + block + newline, block, 0, subject);
        }
        return new TextEdit(lineEnd + 1, lineEnd + 1, indent + "- " + block + newline, block, 0, subject);
    }

    private static boolean keyPresent(MappingNode root, String key) {
        for (NodeTuple t : root.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** The spaces before the dash of a block list's first item; none for a list that is not there. */
    private static String itemIndent(YamlDocument document, String content, Node list) {
        if (!(list instanceof SequenceNode sequence) || sequence.getFlowStyle() == FlowStyle.FLOW || sequence.getValue().isEmpty()) {
            return "";
        }
        int dash = document.offsetOf(sequence);
        int lineStart = content.lastIndexOf('\n', dash - 1) + 1;
        String before = content.substring(lineStart, dash);
        return before.isBlank() ? before : "";
    }

    /**
     * Where the text of a block node ends: a block collection's own end mark lies at the next token,
     * possibly lines further on, so this follows its last entry down to a scalar or a flow collection.
     */
    static int lastTextEnd(YamlDocument document, Node node) {
        if (node instanceof MappingNode mapping && mapping.getFlowStyle() == FlowStyle.BLOCK && !mapping.getValue().isEmpty()) {
            return lastTextEnd(document, mapping.getValue().get(mapping.getValue().size() - 1).getValueNode());
        }
        if (node instanceof SequenceNode sequence && sequence.getFlowStyle() == FlowStyle.BLOCK && !sequence.getValue().isEmpty()) {
            return lastTextEnd(document, sequence.getValue().get(sequence.getValue().size() - 1));
        }
        return document.endOffsetOf(node);
    }
}
