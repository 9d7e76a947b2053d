package io.kubesteward.declarations;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.Problem;
import io.kubesteward.model.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one entry point of {@code declarations}: every extractor over the candidate files, then each
 * extractor's linking step. Pure; to confirm an edit, scan again with the edited file's new content.
 */
public final class DeclarationScanner {
    private static final Comparator<ExtractedDeclaration> BY_FILE_THEN_POSITION = Comparator
            .comparing((ExtractedDeclaration found) -> found.declaration().file())
            .thenComparingInt(ExtractedDeclaration::offset)
            .thenComparing(found -> found.declaration().name());
    private static final Comparator<Problem> PROBLEM_ORDER = Comparator
            .comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column);

    private final ExtractorRegistry registry;

    public DeclarationScanner(ExtractorRegistry registry) {
        this.registry = registry;
    }

    /** {@code files} are relative to the repository root, with forward slashes. */
    public ScanResult scan(List<SourceFile> files) {
        List<ExtractedDeclaration> found = new ArrayList<>();
        Set<Problem> problems = new LinkedHashSet<>();
        for (DeclarationExtractor<?> extractor : registry.extractors()) {
            found.addAll(run(extractor, files, problems));
        }
        List<Declaration> all = SameSpan.keepOne(found.stream()
                .sorted(BY_FILE_THEN_POSITION)
                .map(ExtractedDeclaration::declaration)
                .distinct()
                .toList());
        // container resources are sized, not versions: they travel apart so no version step ever sees them
        List<Declaration> declarations = all.stream().filter(d -> d.kind() != DeclarationKind.CONTAINER_RESOURCES).toList();
        List<Declaration> resources = all.stream().filter(d -> d.kind() == DeclarationKind.CONTAINER_RESOURCES).toList();
        return new ScanResult(declarations, problems.stream().sorted(PROBLEM_ORDER).toList(), resources);
    }

    private static <F> List<ExtractedDeclaration> run(DeclarationExtractor<F> extractor, List<SourceFile> files, Set<Problem> problems) {
        List<F> facts = new ArrayList<>();
        for (SourceFile file : files) {
            if (!extractor.isCandidate(file.path(), file.content())) {
                continue;
            }
            try {
                FileResult<F> result = extractor.extract(file.path(), file.content());
                facts.add(result.facts());
                problems.addAll(result.problems());
            } catch (RuntimeException e) {
                // a bug in one extractor on one file must not cost the whole scan
                problems.add(new Problem(file.path(), 0, 0,
                        extractor.id() + " failed on this file (" + e + "); its versions are not read, please report this"));
            }
        }
        try {
            return extractor.link(facts);
        } catch (RuntimeException e) {
            problems.add(new Problem(".", 0, 0,
                    extractor.id() + " failed while linking files (" + e + "); its versions are not read, please report this"));
            return List.of();
        }
    }
}
