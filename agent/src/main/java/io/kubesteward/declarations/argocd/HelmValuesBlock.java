package io.kubesteward.declarations.argocd;

import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlFile;
import io.kubesteward.declarations.yaml.YamlReader;
import io.kubesteward.model.Problem;
import java.util.List;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The Helm values written as a YAML string ({@code helm.values: |}), read as YAML with positions
 * in the enclosing file. Only a literal block has text equal to its value (apart from the
 * indentation, which YAML does not mind), so only there can a value be edited in place: the file
 * is read again with everything outside the block blanked, offsets unchanged.
 */
final class HelmValuesBlock {
    private HelmValuesBlock() {
    }

    /** The values as YAML, or a problem saying why they cannot be read in place. */
    static YamlFile read(String path, String content, YamlDocument document, ScalarNode values, String where) {
        if (values.getScalarStyle() != ScalarStyle.LITERAL) {
            return failed(path, document, values, where + " is a " + styleName(values.getScalarStyle())
                    + " string, whose text is not its value; images in it are not read. Write it as a literal block ('values: |')");
        }
        int header = content.indexOf('|', document.offsetOf(values));
        int headerEnd = header < 0 ? -1 : content.indexOf('\n', header);
        if (headerEnd < 0) {
            return new YamlFile(path, List.of(), List.of());
        }
        if (hasIndentationIndicator(content.substring(header + 1, headerEnd))) {
            return failed(path, document, values, where + " uses a block indentation indicator; images in it are not read");
        }
        int start = headerEnd + 1;
        int indent = firstIndent(content, start);
        int end = indent <= 0 ? start : blockEnd(content, start, indent);
        if (!dedented(content, start, end, indent).equals(withoutTrailingNewlines(values.getValue()))) {
            return failed(path, document, values, where + " could not be located in the file text; images in it are not read");
        }
        return YamlReader.read(path, blankOutside(content, start, end));
    }

    // "|2-": the block says its own indentation, which this reading does not follow
    private static boolean hasIndentationIndicator(String header) {
        for (char c : header.toCharArray()) {
            if (Character.isDigit(c)) {
                return true;
            }
            if (c != '-' && c != '+') {
                return false;
            }
        }
        return false;
    }

    private static int firstIndent(String content, int from) {
        for (int line = from; line < content.length(); line = nextLine(content, line)) {
            int indent = spaces(content, line);
            if (!isBlankLine(content, line + indent)) {
                return indent;
            }
        }
        return 0;
    }

    /** Where the block ends: at the first non-blank line indented less than its content. */
    private static int blockEnd(String content, int from, int indent) {
        int line = from;
        while (line < content.length()) {
            int spaces = spaces(content, line);
            if (spaces < indent && !isBlankLine(content, line + spaces)) {
                return line;
            }
            line = nextLine(content, line);
        }
        return content.length();
    }

    private static String dedented(String content, int start, int end, int indent) {
        StringBuilder text = new StringBuilder();
        for (int line = start; line < end; line = nextLine(content, line)) {
            int lineEnd = Math.min(nextLine(content, line), end);
            String raw = content.substring(line, lineEnd).replace("\r\n", "\n");
            text.append(raw.length() > indent ? raw.substring(indent) : raw.endsWith("\n") ? "\n" : "");
        }
        return withoutTrailingNewlines(text.toString());
    }

    private static String blankOutside(String content, int start, int end) {
        char[] text = content.toCharArray();
        for (int i = 0; i < text.length; i++) {
            if ((i < start || i >= end) && text[i] != '\n' && text[i] != '\r') {
                text[i] = ' ';
            }
        }
        return new String(text);
    }

    private static int spaces(String content, int from) {
        int at = from;
        while (at < content.length() && content.charAt(at) == ' ') {
            at++;
        }
        return at - from;
    }

    private static boolean isBlankLine(String content, int at) {
        return at >= content.length() || content.charAt(at) == '\n' || content.charAt(at) == '\r';
    }

    private static int nextLine(String content, int from) {
        int newline = content.indexOf('\n', from);
        return newline < 0 ? content.length() : newline + 1;
    }

    private static String withoutTrailingNewlines(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == ' ')) {
            end--;
        }
        return text.substring(0, end);
    }

    private static String styleName(ScalarStyle style) {
        return switch (style) {
            case FOLDED -> "folded ('>')";
            case DOUBLE_QUOTED -> "double-quoted";
            case SINGLE_QUOTED -> "single-quoted";
            default -> "plain";
        };
    }

    private static YamlFile failed(String path, YamlDocument document, ScalarNode values, String message) {
        Problem problem = document.problemAt(path, values, message);
        return new YamlFile(path, List.of(), List.of(problem));
    }
}
