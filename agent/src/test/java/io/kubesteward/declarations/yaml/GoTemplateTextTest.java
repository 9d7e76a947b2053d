package io.kubesteward.declarations.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoTemplateTextTest {
    private static final String P = String.valueOf(GoTemplateText.PLACEHOLDER);

    @Test
    void everyOffsetIsKept() {
        String content = "a: {{ .Values.a }}\r\n{{- if .Values.b }}\r\nb: \"{{ env \"X\" | default \"1\" }}\"\r\n{{- end }}\r\n";
        GoTemplateText text = GoTemplateText.of(content);

        assertEquals(content.length(), text.masked().length());
        for (int i = 0; i < content.length(); i++) {
            if (content.charAt(i) == '\n' || content.charAt(i) == '\r') {
                assertEquals(content.charAt(i), text.masked().charAt(i), "line break at " + i);
            }
        }
    }

    @Test
    void valuesBecomePlaceholdersAndControlBecomesBlank() {
        GoTemplateText text = GoTemplateText.of("version: {{ .Values.v | quote }}\n{{- if .X }}\nk: v\n{{- end }}\n");

        assertEquals("version: " + P.repeat(23) + "\n" + " ".repeat(12) + "\nk: v\n" + " ".repeat(10) + "\n", text.masked());
        assertEquals(List.of(false, true, true), text.actions().stream().map(TemplateAction::control).toList());
        assertEquals(List.of(), text.unrendered());
    }

    @Test
    void aLineOfTemplateOutputBecomesACommentAndIsReported() {
        GoTemplateText text = GoTemplateText.of("values:\n  - a: 1\n    {{ toYaml .Values.x | indent 4 }}\n");

        assertEquals("values:\n  - a: 1\n    #" + " ".repeat(32) + "\n", text.masked());
        assertEquals(List.of("{{ toYaml .Values.x | indent 4 }}"), text.unrendered().stream().map(TemplateAction::text).toList());
    }

    @Test
    void alternativesAreBlankedAndTheFirstBranchIsMarkedConditional() {
        String content = "{{ if .A }}\nv: 1\n{{ else if .B }}\nv: 2\n{{ else }}\nv: 3\n{{ end }}\nw: 4\n";
        GoTemplateText text = GoTemplateText.of(content);

        assertTrue(text.masked().contains("v: 1"));
        assertFalse(text.masked().contains("v: 2"));
        assertFalse(text.masked().contains("v: 3"));
        assertTrue(text.masked().contains("w: 4"));
        assertEquals(1, text.conditional().size());
        assertTrue(text.conditional().get(0).contains(content.indexOf("v: 1")));
        assertFalse(text.conditional().get(0).contains(content.indexOf("w: 4")));
    }

    @Test
    void nestedBlocksAndDefinitions() {
        String content = "{{ define \"x\" }}d: 1{{ end }}\n{{ range .L }}{{ if .A }}\na: 1\n{{ end }}{{ end }}\nb: 2\n";
        GoTemplateText text = GoTemplateText.of(content);

        assertFalse(text.masked().contains("d: 1"));
        assertTrue(text.masked().contains("a: 1"));
        assertTrue(text.masked().contains("b: 2"));
        assertEquals(List.of(), text.conditional());
    }

    @Test
    void bracesInsideStringsAndCommentsDoNotEndAnAction() {
        GoTemplateText text = GoTemplateText.of("a: {{ print \"}}\" `}}` }}\n{{/* a }} comment */}}\nb: 1\n");

        assertEquals(List.of("{{ print \"}}\" `}}` }}", "{{/* a }} comment */}}"), text.actions().stream().map(TemplateAction::text).toList());
        assertTrue(text.actions().get(1).control());
        assertEquals(-1, text.unterminatedAt());
    }

    @Test
    void anUnterminatedActionIsReported() {
        GoTemplateText text = GoTemplateText.of("a: 1\nb: {{ .Values.b\nc: 3\n");

        assertEquals(8, text.unterminatedAt());
        assertEquals("a: 1\nb: {{ .Values.b\nc: 3\n", text.masked());
    }
}
