package io.kubesteward.declarations.annotations;

import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.Resolution;
import io.kubesteward.declarations.annotations.comment.AnnotationComment;
import io.kubesteward.declarations.images.ImageReference;
import io.kubesteward.declarations.images.ImageReferences;
import io.kubesteward.declarations.images.TextSpans;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.Problem;
import io.kubesteward.model.SkipReason;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.SourceKind;
import io.kubesteward.model.Span;
import java.util.ArrayList;
import java.util.List;

/** One file's text, read for the value below each annotation comment. */
final class AnnotatedText {
    private final String file;
    private final String content;
    private final List<Problem> problems = new ArrayList<>();

    AnnotatedText(String file, String content) {
        this.file = file;
        this.content = content;
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /**
     * The declaration of the value on the first non-blank line after the annotation on line
     * {@code line} (which ends at {@code lineEnd}), or null with a problem when there is none.
     */
    ExtractedDeclaration declarationBelow(AnnotationComment annotation, int line, int lineEnd) {
        String where = "the " + annotation.marker() + ": comment on line " + line;
        String depName = annotation.depName();
        if (depName == null) {
            return problem(line, where + " has no depName=; Steward does not know what it annotates");
        }
        int valueLineStart = lineEnd + 1;
        while (valueLineStart < content.length()) {
            int valueLineEnd = AnnotatedValueExtractor.lineEnd(content, valueLineStart);
            String text = AnnotatedValueExtractor.withoutBreak(content, valueLineStart, valueLineEnd);
            if (!text.isBlank()) {
                return declare(annotation, where, line, valueLineStart, ValueLine.parse(text));
            }
            valueLineStart = valueLineEnd + 1;
        }
        return declare(annotation, where, line, valueLineStart, null);
    }

    private ExtractedDeclaration declare(AnnotationComment annotation, String where, int line, int valueLineStart, ValueLine value) {
        Resolution resolution = AnnotationResolver.resolve(annotation);
        if (resolution == null) {
            return problem(line, where + " names '" + annotation.lookupName() + "', which is not "
                    + ("maven".equals(annotation.datasource()) ? "groupId:artifactId" : "an image name"));
        }
        if (value == null && !resolution.skipped(Code.UNSUPPORTED_DATASOURCE)) {
            return problem(line, where + " is not directly above a 'KEY: value' or 'KEY=value' line; Steward reads the version there");
        }
        if (value != null && value.value().isEmpty()) {
            return problem(line, where + " stands above '" + value.key() + "', which has no value on its line");
        }
        String name = annotation.depName();
        if (value == null) {
            Declaration declaration = new Declaration(file, DeclarationKind.ANNOTATED_VALUE, name, null, null, null, resolution.skip());
            return ExtractedDeclaration.at(valueLineStart, declaration.withVersioning(annotation.versioning()));
        }
        int start = valueLineStart + value.start();
        Declaration declaration = declaration(resolution, name, value.value(), start);
        return ExtractedDeclaration.at(start, declaration.withVersioning(annotation.versioning()));
    }

    private Declaration declaration(Resolution resolution, String name, String value, int start) {
        Span span = TextSpans.at(content, start, start + value.length());
        if (resolution.skipped()) {
            return new Declaration(file, DeclarationKind.ANNOTATED_VALUE, name, value, span, null, resolution.skip());
        }
        if (ImageReferences.isTemplated(value)) {
            return new Declaration(file, DeclarationKind.ANNOTATED_VALUE, name, value, span, null, new SkipReason(Code.TEMPLATED,
                    "'" + value + "' is filled in by a template or substitution; the text in Git is not the version"));
        }
        boolean image = SourceKind.DOCKER_IMAGE.equals(resolution.pkg().kind());
        ImageReference pinned = image && value.contains("@") ? ImageReferences.parseTag(value) : null;
        if (pinned == null) {
            return new Declaration(file, DeclarationKind.ANNOTATED_VALUE, name, value, span, resolution.pkg(), null);
        }
        int digestStart = start + pinned.digestOffset();
        Span tagSpan = pinned.hasTag() ? TextSpans.at(content, start, start + pinned.tag().length()) : null;
        return new Declaration(file, DeclarationKind.ANNOTATED_VALUE, name, pinned.tag(), tagSpan, resolution.pkg(), null)
                .withDigest(pinned.digest(), TextSpans.at(content, digestStart, digestStart + pinned.digest().length()));
    }

    private ExtractedDeclaration problem(int line, String message) {
        problems.add(new Problem(file, line, 1, message + "; this annotation is ignored"));
        return null;
    }
}
