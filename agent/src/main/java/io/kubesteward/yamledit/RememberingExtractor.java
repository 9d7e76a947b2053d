package io.kubesteward.yamledit;

import io.kubesteward.declarations.DeclarationExtractor;
import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.ExtractorRegistry;
import io.kubesteward.declarations.FileResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An extractor that keeps its last result per file, and whether the file is a candidate at all.
 * Extracting is a pure function of path and content, and confirming a proposal re-scans a
 * repository in which only a few files changed, so every other file's facts are reused and only
 * linking runs again.
 */
final class RememberingExtractor<F> implements DeclarationExtractor<F> {
    private record Remembered<F>(String content, FileResult<F> result) {
    }

    private record Checked(String content, boolean candidate) {
    }

    private final DeclarationExtractor<F> extractor;
    private final Map<String, Remembered<F>> byPath = new ConcurrentHashMap<>();
    private final Map<String, Checked> candidates = new ConcurrentHashMap<>();

    private RememberingExtractor(DeclarationExtractor<F> extractor) {
        this.extractor = extractor;
    }

    static ExtractorRegistry remembering(ExtractorRegistry registry) {
        return new ExtractorRegistry(registry.extractors().stream().<DeclarationExtractor<?>>map(RememberingExtractor::new).toList());
    }

    @Override
    public String id() {
        return extractor.id();
    }

    @Override
    public boolean isCandidate(String path, String content) {
        Checked known = candidates.get(path);
        if (known != null && (known.content() == content || known.content().equals(content))) {
            return known.candidate();
        }
        boolean candidate = extractor.isCandidate(path, content);
        candidates.put(path, new Checked(content, candidate));
        return candidate;
    }

    @Override
    public FileResult<F> extract(String path, String content) {
        Remembered<F> known = byPath.get(path);
        // unchanged files are usually the very same String, so the equals is rarely needed
        if (known != null && (known.content() == content || known.content().equals(content))) {
            return known.result();
        }
        FileResult<F> result = extractor.extract(path, content);
        byPath.put(path, new Remembered<>(content, result));
        return result;
    }

    @Override
    public List<ExtractedDeclaration> link(List<F> files) {
        return extractor.link(files);
    }
}
