package io.kubesteward.declarations;

import java.util.List;

/** The extractors a scan runs, in order; the standard list is {@code declarations.registry.StandardExtractors}. */
public record ExtractorRegistry(List<DeclarationExtractor<?>> extractors) {
    public ExtractorRegistry {
        extractors = List.copyOf(extractors);
    }

}
