package io.kubesteward.declarations.annotations;

import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.FileResult;
import io.kubesteward.declarations.RepoPaths;
import io.kubesteward.declarations.SingleFileExtractor;
import io.kubesteward.declarations.annotations.comment.AnnotationComment;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Versions annotated by a comment line directly above them:
 * {@code # renovate: datasource=<ds> depName=<name> [packageName=…] [versioning=…] [registryUrl=…]}
 * (or {@code # steward: …}), above a {@code KEY: value} or {@code KEY=value} line. Reads the text
 * line by line, as Renovate's regex managers do, so it works in YAML, env files, shell scripts and
 * Dockerfiles alike.
 */
public final class AnnotatedValueExtractor implements SingleFileExtractor {
    private static final Pattern TEXT_FILES = Pattern.compile(
            ".*\\.(ya?ml|env|sh|bash|mk|tfvars|properties)|\\.env|Makefile|GNUmakefile|(?:.*\\.)?(?:Docker|Container)file(?:\\..*)?",
            Pattern.CASE_INSENSITIVE);

    @Override
    public String id() {
        return "annotated-values";
    }

    // SOPS signs every value of a file it encrypts: changing one breaks decryption
    private static final String SOPS_VALUE = "ENC[AES256_GCM,";

    @Override
    public boolean isCandidate(String path, String content) {
        return TEXT_FILES.matcher(RepoPaths.fileName(path)).matches()
                && (content.contains("renovate:") || content.contains("steward:")) && !content.contains(SOPS_VALUE);
    }

    @Override
    public FileResult<List<ExtractedDeclaration>> extract(String path, String content) {
        AnnotatedText text = new AnnotatedText(path, content);
        List<ExtractedDeclaration> found = new ArrayList<>();
        int lineStart = 0;
        int line = 1;
        while (lineStart < content.length()) {
            int lineEnd = lineEnd(content, lineStart);
            AnnotationComment annotation = AnnotationComment.parse(withoutBreak(content, lineStart, lineEnd));
            if (annotation != null) {
                ExtractedDeclaration declaration = text.declarationBelow(annotation, line, lineEnd);
                if (declaration != null) {
                    found.add(declaration);
                }
            }
            lineStart = lineEnd + 1;
            line++;
        }
        return new FileResult<>(found, text.problems());
    }

    /** The index of the line's {@code \n}, or the content's length for the last line. */
    static int lineEnd(String content, int lineStart) {
        int newline = content.indexOf('\n', lineStart);
        return newline < 0 ? content.length() : newline;
    }

    static String withoutBreak(String content, int lineStart, int lineEnd) {
        int end = lineEnd > lineStart && content.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
        return content.substring(lineStart, end);
    }
}
