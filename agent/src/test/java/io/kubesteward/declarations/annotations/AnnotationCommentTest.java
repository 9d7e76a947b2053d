package io.kubesteward.declarations.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kubesteward.declarations.annotations.comment.AnnotatedLines;
import io.kubesteward.declarations.annotations.comment.AnnotationComment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnnotationCommentTest {

    @Test
    void readsTheFieldsOfRenovatesPresetInAnyOrder() {
        AnnotationComment comment = AnnotationComment.parse(
                "  # renovate: registryUrl=https://charts.example.com datasource=helm depName=x lookupName=y versioning=semver extractVersion=^v(?<version>.*)$");

        assertEquals("renovate", comment.marker());
        assertEquals("helm", comment.datasource());
        assertEquals("x", comment.depName());
        assertEquals("y", comment.lookupName());
        assertEquals("https://charts.example.com", comment.registryUrl());
        assertEquals("semver", comment.versioning());
        assertEquals("^v(?<version>.*)$", comment.extractVersion());
    }

    @Test
    void theImageShorthandIsADockerAnnotation() {
        AnnotationComment comment = AnnotationComment.parse("#renovate: image=ghcr.io/a/b");

        assertEquals("docker", comment.datasource());
        assertEquals("ghcr.io/a/b", comment.depName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"# renovate: depName=\"Grafana dashboard\"", "# just a comment", "key: value # renovate: datasource=docker",
            "# renovation: datasource=docker depName=x"})
    void otherCommentsAreNoAnnotations(String line) {
        assertNull(AnnotationComment.parse(line));
    }

    @Test
    void theAnnotationAboveALineSkipsBlankLinesButNotOtherLines() {
        String content = "# renovate: datasource=docker depName=x\r\n\r\n  tag: 1.0\nother: 2\n";

        assertEquals("x", AnnotatedLines.above(content, content.indexOf("1.0")).depName());
        assertNull(AnnotatedLines.above(content, content.indexOf("2")));
        assertNull(AnnotatedLines.above(content, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"KEY: 1.2.3", "- KEY: '1.2.3'", "export KEY=1.2.3", "ARG KEY=\"1.2.3\"", "KEY = 1.2.3 # note", "\"KEY\": 1.2.3"})
    void valueLinesOfEveryCommonForm(String line) {
        ValueLine value = ValueLine.parse(line);

        assertEquals("KEY", value.key());
        assertEquals("1.2.3", value.value());
        assertEquals("1.2.3", line.substring(value.start(), value.end()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"- https://example.com/x/v1.2/crd.yaml", "# comment", "just text"})
    void linesThatAreNoKeyValue(String line) {
        assertNull(ValueLine.parse(line));
    }
}
