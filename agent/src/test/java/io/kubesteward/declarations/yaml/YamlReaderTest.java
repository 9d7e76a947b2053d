package io.kubesteward.declarations.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.model.Problem;
import io.kubesteward.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private static Span spanOf(String content, String... keys) {
        YamlFile file = YamlReader.read("f.yaml", content);
        assertEquals(List.of(), file.problems());
        YamlDocument document = file.documents().get(0);
        return document.scalar(document.root(), keys).span();
    }

    @CatalogueEntry(32)
    @Test
    void supplementaryCharactersCountAsTwoChars() {
        String content = "# 🎉🎉 party\nv: 1.2.3\n";
        Span span = spanOf(content, "v");

        assertEquals("1.2.3", span.cut(content));
        assertEquals(2, span.line());
        assertEquals(4, span.column());
    }

    @Test
    void supplementaryCharactersInsideTheLineCountAsOneColumn() {
        String content = "a: {n: \"🎉\", v: 1.2.3}\n";

        assertEquals(16, spanOf(content, "a", "v").column());
        assertEquals("1.2.3", spanOf(content, "a", "v").cut(content));
    }

    @Test
    void anAliasPointsAtTheAnchoredScalar() {
        String content = "a: &x \"1.2.3\"\nb: *x\n";
        Span span = spanOf(content, "b");

        assertEquals(new Span(7, 12, 1, 8), span);
    }

    @CatalogueEntry(34)
    @Test
    void quotedScalarsWithEscapesHaveNoSpan() {
        assertNull(spanOf("v: \"1.2.\\u0033\"\n", "v"));
        assertNull(spanOf("v: 'it''s'\n", "v"));
        assertNull(spanOf("v: |\n  1.2.3\n", "v"));
        assertNull(spanOf("v: 1.2\n  .3\n", "v"));
    }

    @Test
    void aCommentAfterAPlainValueIsNotPartOfTheSpan() {
        String content = "v: 1.2.3   # pinned\nw: {x: 4.5.6 , y: 1}\n";

        assertEquals("1.2.3", spanOf(content, "v").cut(content));
        assertEquals("4.5.6", spanOf(content, "w", "x").cut(content));
    }

    @Test
    void aTagBeforeTheValueIsNotPartOfTheSpan() {
        String content = "v: !!str 1.2.3\n";

        assertEquals("1.2.3", spanOf(content, "v").cut(content));
    }

    @Test
    void aSyntaxErrorIsAProblemWithLineColumnAndWhatIsWrong() {
        YamlFile file = YamlReader.read("f.yaml", "a: 1\nb: [1, 2\nc: 3\n");

        Problem problem = file.problems().get(0);
        assertEquals("f.yaml", problem.file());
        assertEquals(3, problem.line());
        assertEquals(2, problem.column());
        assertTrue(problem.message().startsWith("invalid YAML: "), problem.message());
        assertEquals(List.of(), file.documents());
    }

    @Test
    void readingResumesAtTheDocumentAfterABadOne() {
        String content = "a: 1\n---\nb: [\n---\nc: 3\n---\nd: {\n---\ne: 5\n";
        YamlFile file = YamlReader.read("f.yaml", content);

        assertEquals(2, file.problems().size());
        List<String> keys = file.documents().stream()
                .map(document -> Nodes.text(document.root(), "a") != null ? "a"
                        : Nodes.text(document.root(), "c") != null ? "c" : "e")
                .toList();
        assertEquals(List.of("a", "c", "e"), keys);
        YamlDocument last = file.documents().get(2);
        assertEquals("5", last.scalar(last.root(), "e").span().cut(content));
        assertEquals(9, last.scalar(last.root(), "e").span().line());
    }

    @Test
    void resumedDocumentsKeepCorrectOffsetsAfterSupplementaryCharacters() {
        String content = "a: \"🎉\n---\nb: 🎉🎉\n---\nc: 1.2.3\n";
        YamlFile file = YamlReader.read("f.yaml", content);

        YamlDocument last = file.documents().get(file.documents().size() - 1);
        assertEquals("1.2.3", last.scalar(last.root(), "c").span().cut(content));
    }

    @CatalogueEntry(29)
    @Test
    void duplicateKeysAreAProblem() {
        YamlFile file = YamlReader.read("f.yaml", "v: 1\nv: 2\n");

        assertEquals(1, file.problems().size());
        assertTrue(file.problems().get(0).message().contains("appears twice"), file.problems().get(0).message());
    }

    @Test
    void aForbiddenCharacterIsAProblem() {
        YamlFile file = YamlReader.read("f.yaml", "a: 1\nb: \u0001\n");

        Problem problem = file.problems().get(0);
        assertEquals(2, problem.line());
        assertTrue(problem.message().contains("U+0001"), problem.message());
    }

    @Test
    void aByteOrderMarkIsNotAColumn() {
        String content = "\uFEFFv: 1.2.3\n";
        Span span = spanOf(content, "v");

        assertEquals("1.2.3", span.cut(content));
        assertEquals(4, span.column());
    }
}
