package io.kubesteward.declarations.helmfile;

import io.kubesteward.declarations.yaml.GoTemplateText;
import io.kubesteward.declarations.yaml.TemplateAction;
import io.kubesteward.declarations.yaml.YamlFile;
import io.kubesteward.declarations.yaml.YamlReader;
import io.kubesteward.declarations.yaml.YamlScalar;
import io.kubesteward.model.Problem;
import io.kubesteward.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A YAML file that helmfile renders as a Go template (helmfiles, {@code *.gotmpl} values), read
 * through {@link GoTemplateText}: the nodes come from the masked text, the values from the file.
 */
record TemplatedYaml(String path, String content, GoTemplateText template, YamlFile yaml) {

    static TemplatedYaml read(String path, String content, boolean rendered) {
        GoTemplateText template = rendered ? GoTemplateText.of(content) : GoTemplateText.plain(content);
        return new TemplatedYaml(path, content, template, YamlReader.read(path, template.masked()));
    }

    /** The scalar as the file writes it, templates included; its span is unchanged. */
    YamlScalar original(YamlScalar masked) {
        if (masked.span() == null) {
            return masked;
        }
        return new YamlScalar(masked.span().cut(content), masked.span(), masked.offset(), masked.line());
    }

    /** Every action inside {@code span}. */
    List<TemplateAction> actionsIn(Span span) {
        return template.actions().stream()
                .filter(action -> action.start() < span.end() && action.end() > span.start())
                .toList();
    }

    /** What could not be read: YAML errors, and template output that is not rendered. */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>(yaml.problems());
        for (TemplateAction action : template.unrendered()) {
            problems.add(at(action.start(), "the template output '" + action.text().strip()
                    + "' fills this line when helmfile renders the file; Steward does not render it, so whatever it writes is not read"));
        }
        if (template.unterminatedAt() >= 0) {
            problems.add(at(template.unterminatedAt(), "a template action '{{' is never closed with '}}';"
                    + " the rest of the file is read as plain text"));
        }
        return problems;
    }

    /** The span of {@code [start, end)} of the file, with line and column as an editor shows them. */
    Span spanAt(int start, int end) {
        return new Span(start, end, lineOf(start), columnOf(start));
    }

    private Problem at(int offset, String message) {
        return new Problem(path, lineOf(offset), columnOf(offset), message);
    }

    private int lineOf(int offset) {
        int line = 1;
        for (int i = content.indexOf('\n'); i >= 0 && i < offset; i = content.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }

    private int columnOf(int offset) {
        int lineStart = content.lastIndexOf('\n', offset - 1) + 1;
        if (lineStart == 0 && content.startsWith("\uFEFF") && offset > 0) {
            lineStart = 1;
        }
        return content.codePointCount(lineStart, offset) + 1;
    }
}
