package io.kubesteward.declarations;

import io.kubesteward.declarations.flux.FluxExtractor;
import io.kubesteward.declarations.helm.HelmChartExtractor;
import java.util.List;

/** Every extractor Steward runs, listed here on purpose: adding one is a visible one-line change. */
public record ExtractorRegistry(List<DeclarationExtractor<?>> extractors) {
    public ExtractorRegistry {
        extractors = List.copyOf(extractors);
    }

    public static ExtractorRegistry standard() {
        return new ExtractorRegistry(List.of(
                new HelmChartExtractor(),
                new FluxExtractor()));
    }
}
