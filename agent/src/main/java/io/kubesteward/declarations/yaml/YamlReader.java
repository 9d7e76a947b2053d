package io.kubesteward.declarations.yaml;

import io.kubesteward.model.Problem;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a (multi-document) YAML file into node trees with positions. A syntax error ends the
 * document it is in; reading resumes at the next {@code ---} line, so one bad document costs only
 * itself; so does a document with a duplicated key, which is ambiguous. Pure: the content is
 * given, nothing is opened.
 */
public final class YamlReader {
    // large enough for a Flux gotk-components.yaml with all CRDs
    private static final int CODE_POINT_LIMIT = 16 * 1024 * 1024;

    private YamlReader() {
    }

    public static YamlFile read(String path, String content) {
        CodePointIndex codePoints = CodePointIndex.of(content);
        List<YamlDocument> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        TextBase base = TextBase.at(content, codePoints, 0, 0);
        while (base != null) {
            base = readFrom(path, base, documents, problems);
        }
        return new YamlFile(path, documents, problems);
    }

    /** Reads documents from {@code base} on; returns where to resume after an error, or null when done. */
    private static TextBase readFrom(String path, TextBase base, List<YamlDocument> documents, List<Problem> problems) {
        String content = base.content();
        LoadSettings settings = LoadSettings.builder().setLabel(path).setCodePointLimit(CODE_POINT_LIMIT).build();
        try {
            for (Node root : new Compose(settings).composeAllFromString(content.substring(base.charStart()))) {
                java.util.Optional<org.snakeyaml.engine.v2.exceptions.Mark> deep = NestingDepth.tooDeep(root);
                ScalarNode duplicate = deep.isPresent() ? null : DuplicateKeys.find(root);
                if (deep.isPresent()) {
                    problems.add(YamlProblems.tooDeep(path, content, deep.map(base::charOffset).orElse(base.charStart())));
                } else if (duplicate == null) {
                    documents.add(new YamlDocument(root, base));
                } else {
                    int offset = duplicate.getStartMark().map(base::charOffset).orElse(base.charStart());
                    problems.add(YamlProblems.duplicateKey(path, content, offset, duplicate.getValue()));
                }
            }
            return null;
        } catch (MarkedYamlEngineException e) {
            int errorOffset = e.getProblemMark().or(e::getContextMark).map(base::charOffset).orElse(base.charStart());
            problems.add(YamlProblems.syntax(path, content, errorOffset, e));
            return nextDocument(base, errorOffset);
        } catch (ReaderException e) {
            int errorOffset = base.codePoints().toChar(base.codePointStart() + e.getPosition());
            problems.add(YamlProblems.unreadable(path, content, errorOffset, e));
            return nextDocument(base, errorOffset);
        } catch (YamlEngineException e) {
            problems.add(YamlProblems.other(path, base.line() + 1, e));
            return null;
        } catch (StackOverflowError e) {
            // nested so deep that composing overflowed: find where without recursion, and give up on the file
            int offset = NestingDepth.tooDeep(content.substring(base.charStart()), settings).map(base::charOffset).orElse(base.charStart());
            problems.add(YamlProblems.tooDeep(path, content, offset));
            return null;
        }
    }

    /** The start of the first {@code ---} line on or after the error's line, past the current start. */
    private static TextBase nextDocument(TextBase base, int errorOffset) {
        String content = base.content();
        int lineStart = Math.max(content.lastIndexOf('\n', errorOffset - 1) + 1, base.charStart());
        if (lineStart == base.charStart()) {
            lineStart = nextLine(content, lineStart);
        }
        while (lineStart >= 0 && lineStart < content.length()) {
            if (isDocumentStart(content, lineStart)) {
                return TextBase.at(content, base.codePoints(), lineStart, TextLines.line(content, lineStart) - 1);
            }
            lineStart = nextLine(content, lineStart);
        }
        return null;
    }

    private static int nextLine(String content, int from) {
        int newline = content.indexOf('\n', from);
        return newline < 0 ? -1 : newline + 1;
    }

    private static boolean isDocumentStart(String content, int lineStart) {
        if (!content.startsWith("---", lineStart)) {
            return false;
        }
        int after = lineStart + 3;
        return after == content.length() || " \t\r\n".indexOf(content.charAt(after)) >= 0;
    }
}
