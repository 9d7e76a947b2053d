package io.kubesteward.yamledit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Whether a value can be written without quotes and still read back as the same text. Kubernetes
 * and Helm read YAML 1.1 (go-yaml v2) while SnakeYAML reads 1.2, so a value must be text under
 * both: {@code 1.10} is the float 1.1, {@code on} a boolean, {@code 2024-01-15} a timestamp.
 */
final class PlainScalars {
    private static final List<Pattern> NOT_TEXT = List.of(
            // null
            Pattern.compile("~|null|Null|NULL"),
            // booleans of YAML 1.2 and 1.1
            Pattern.compile("true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF"),
            // integers: decimal, octal, hex, binary, with 1.1's underscores and base 60
            Pattern.compile("[-+]?[0-9][0-9_]*"),
            Pattern.compile("[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F_]+|[-+]?0b[01_]+"),
            Pattern.compile("[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?"),
            // floats
            Pattern.compile("[-+]?([0-9][0-9_]*\\.[0-9_]*|\\.[0-9][0-9_]*)([eE][-+]?[0-9]+)?"),
            Pattern.compile("[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"),
            Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"),
            // timestamps (YAML 1.1)
            Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?"),
            // YAML 1.1's merge and value keys
            Pattern.compile("<<|="));

    private PlainScalars() {
    }

    /** True when {@code value} written plain reads back as exactly this text, in block or flow context. */
    static boolean readsAsText(String value, boolean inFlow) {
        return parsesAsPlain(value, inFlow) && isText(value);
    }

    /** True when no YAML reader resolves the plain scalar {@code value} to anything but a string. */
    static boolean isText(String value) {
        return NOT_TEXT.stream().noneMatch(pattern -> pattern.matcher(value).matches());
    }

    /** True when {@code value} written plain parses as one plain scalar with exactly this text. */
    static boolean parsesAsPlain(String value, boolean inFlow) {
        if (value.isEmpty() || value.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
            return false;
        }
        String probe = inFlow ? "[" + value + ", x]\n" : "k: " + value + "\n";
        try {
            List<Node> documents = new ArrayList<>();
            new Compose(LoadSettings.builder().build()).composeAllFromString(probe).forEach(documents::add);
            if (documents.size() != 1) {
                return false;
            }
            Node found = inFlow ? firstItem(documents.get(0)) : firstValue(documents.get(0));
            return found instanceof ScalarNode scalar && scalar.getScalarStyle() == ScalarStyle.PLAIN
                    && scalar.getValue().equals(value);
        } catch (YamlEngineException e) {
            return false;
        }
    }

    private static Node firstItem(Node root) {
        return root instanceof SequenceNode sequence && sequence.getValue().size() == 2 ? sequence.getValue().get(0) : null;
    }

    private static Node firstValue(Node root) {
        return root instanceof MappingNode mapping && mapping.getValue().size() == 1 ? mapping.getValue().get(0).getValueNode() : null;
    }
}
