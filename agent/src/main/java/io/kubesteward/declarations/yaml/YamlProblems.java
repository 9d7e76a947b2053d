package io.kubesteward.declarations.yaml;

import io.kubesteward.model.Problem;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Turns SnakeYAML errors into problems at file:line:column, with what is wrong and what it costs. */
final class YamlProblems {
    private static final String CONSEQUENCE = "; versions declared in this YAML document are not read";

    private YamlProblems() {
    }

    static Problem syntax(String path, String content, int offset, MarkedYamlEngineException e) {
        String what = e.getProblem() == null ? "syntax error" : e.getProblem();
        String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
        return at(path, content, offset, "invalid YAML: " + what + context + hint(what + context) + CONSEQUENCE);
    }

    // SnakeYAML speaks of parser states; say what a person usually has to fix
    private static String hint(String error) {
        if (error.contains("found character '\\t'") || error.contains("found character '\t'")) {
            return " - YAML cannot be indented with tabs";
        }
        if (error.contains("flow mapping") || error.contains("flow sequence")) {
            return " - a '{' or '[' is not closed where it should be";
        }
        if (error.contains("mapping values are not allowed")) {
            return " - a plain value contains ': ' (quote it) or the indentation is off";
        }
        if (error.contains("block end") || error.contains("block mapping") || error.contains("block collection")) {
            return " - check the indentation";
        }
        return "";
    }

    static Problem duplicateKey(String path, String content, int offset, String key) {
        return at(path, content, offset, "invalid YAML: the key '" + key + "' appears twice in one mapping,"
                + " so tools disagree on its value" + CONSEQUENCE);
    }

    static Problem tooDeep(String path, String content, int offset) {
        return at(path, content, offset, "invalid YAML: collections nested more than " + NestingDepth.MAX
                + " levels deep, which no manifest is" + CONSEQUENCE);
    }

    static Problem unreadable(String path, String content, int offset, ReaderException e) {
        String character = "U+" + String.format("%04X", e.getCodePoint());
        return at(path, content, offset, "invalid YAML: the character " + character + " is not allowed in YAML" + CONSEQUENCE);
    }

    static Problem other(String path, int line, YamlEngineException e) {
        return new Problem(path, line, 1, "cannot read YAML: " + e.getMessage() + "; the rest of this file is not read");
    }

    private static Problem at(String path, String content, int offset, String message) {
        int safeOffset = Math.min(Math.max(offset, 0), content.length());
        return new Problem(path, TextLines.line(content, safeOffset), TextLines.column(content, safeOffset), message);
    }
}
