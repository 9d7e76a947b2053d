package io.kubesteward.declarations.values;

import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.model.SetValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A values mapping as the leaves Helm merges: every path to a scalar, a sequence (replaced whole) or an
 * empty mapping, with the line it is written on. Merge keys ({@code <<}) are expanded as Helm's YAML 1.1
 * parser does, the mapping's own keys winning.
 */
final class ValueLeaves {
    // anchors can nest mappings into themselves; values files are never this deep
    private static final int MAX_DEPTH = 64;

    private ValueLeaves() {
    }

    /**
     * @param prefix the path the mapping sits at (an umbrella chart's dependency key, a Flux {@code targetPath})
     * @param lineOffset added to each line: the mapping was parsed out of a string that starts on a later line of {@code file}
     */
    static List<SetValue> of(YamlDocument doc, Node mapping, List<String> prefix, String file, int lineOffset) {
        List<SetValue> out = new ArrayList<>();
        walk(doc, mapping, new ArrayList<>(prefix), file, lineOffset, out, 0);
        return out;
    }

    /** A node as plain Java data (Map, List, String, Long, Double, Boolean, null), as Helm would read it. */
    static Object data(Node node, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        if (node instanceof ScalarNode s) {
            return scalar(s);
        }
        if (node instanceof SequenceNode seq) {
            List<Object> items = new ArrayList<>();
            seq.getValue().forEach(n -> items.add(data(n, depth + 1)));
            return items;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple t : entries((MappingNode) node, 0)) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                map.put(k.getValue(), data(t.getValueNode(), depth + 1));
            }
        }
        return map;
    }

    private static void walk(YamlDocument doc, Node node, List<String> path, String file, int lineOffset, List<SetValue> out,
                             int depth) {
        if (node instanceof MappingNode mapping && depth <= MAX_DEPTH) {
            List<NodeTuple> entries = entries(mapping, 0);
            if (entries.isEmpty() && !path.isEmpty()) {
                out.add(new SetValue(path, Map.of(), file, doc.lineOf(node) + lineOffset));
            }
            for (NodeTuple t : entries) {
                if (t.getKeyNode() instanceof ScalarNode key) {
                    path.add(key.getValue());
                    walk(doc, t.getValueNode(), path, file, lineOffset, out, depth + 1);
                    path.remove(path.size() - 1);
                }
            }
        } else if (!path.isEmpty()) {
            int line = doc.lineOf(node) + lineOffset;
            out.add(new SetValue(path, data(node, depth), file, line));
        }
    }

    /** The mapping's entries with merge keys expanded: merged entries first, so the mapping's own keys come later and win. */
    private static List<NodeTuple> entries(MappingNode mapping, int depth) {
        List<NodeTuple> merged = new ArrayList<>();
        List<NodeTuple> own = new ArrayList<>();
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getScalarStyle() == ScalarStyle.PLAIN && "<<".equals(k.getValue())) {
                Node source = t.getValueNode();
                List<Node> sources = source instanceof SequenceNode seq ? seq.getValue() : List.of(source);
                for (Node s : sources) {
                    if (s instanceof MappingNode m && depth < 10) {
                        merged.addAll(entries(m, depth + 1));
                    }
                }
            } else {
                own.add(t);
            }
        }
        if (merged.isEmpty()) {
            return own;
        }
        Map<String, NodeTuple> byKey = new LinkedHashMap<>();
        for (NodeTuple t : merged) {
            byKey.put(((ScalarNode) t.getKeyNode()).getValue(), t);
        }
        List<NodeTuple> out = new ArrayList<>();
        for (NodeTuple t : own) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                byKey.remove(k.getValue());
            }
        }
        out.addAll(byKey.values());
        out.addAll(own);
        return out;
    }

    private static Object scalar(ScalarNode s) {
        Tag tag = s.getTag();
        String v = s.getValue();
        try {
            if (Tag.NULL.equals(tag)) {
                return null;
            }
            if (Tag.BOOL.equals(tag)) {
                return Boolean.parseBoolean(v.toLowerCase(java.util.Locale.ROOT));
            }
            if (Tag.INT.equals(tag)) {
                BigInteger big = new BigInteger(v.replace("_", "").replaceFirst("^\\+", ""));
                return big.bitLength() < 64 ? (Object) big.longValue() : big;
            }
            if (Tag.FLOAT.equals(tag)) {
                return Double.parseDouble(v);
            }
            if (s.getScalarStyle() == ScalarStyle.PLAIN) {
                return helmPlain(v);
            }
        } catch (NumberFormatException e) {
            return v;
        }
        return v;
    }

    /**
     * A plain scalar as Helm's YAML parser (YAML 1.1, go-yaml v2) reads it where the JSON schema left a string:
     * {@code ~}/{@code Null} as null, {@code True}/{@code yes}/{@code on} as booleans, hex and octal integers.
     */
    private static Object helmPlain(String v) {
        if (v.matches("~|null|Null|NULL")) {
            return null;
        }
        if (v.matches("true|True|TRUE|yes|Yes|YES|on|On|ON")) {
            return true;
        }
        if (v.matches("false|False|FALSE|no|No|NO|off|Off|OFF")) {
            return false;
        }
        if (v.matches("[-+]?0x[0-9a-fA-F]+")) {
            return Long.parseLong(v.replaceFirst("0x", ""), 16);
        }
        if (v.matches("[-+]?0o?[0-7]+")) {
            return Long.parseLong(v.replaceFirst("0o?", ""), 8);
        }
        return v;
    }
}
