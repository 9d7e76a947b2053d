package io.kubesteward.declarations;

import io.kubesteward.declarations.argocd.ArgoCdExtractor;
import io.kubesteward.declarations.flux.FluxExtractor;
import io.kubesteward.declarations.helm.HelmChartExtractor;
import io.kubesteward.declarations.helmfile.HelmfileExtractor;
import io.kubesteward.declarations.annotations.AnnotatedValueExtractor;
import io.kubesteward.declarations.images.ManifestImageExtractor;
import io.kubesteward.declarations.images.ValuesFileImageExtractor;
import io.kubesteward.declarations.kustomize.KustomizeExtractor;
import io.kubesteward.declarations.maven.MavenArtifactExtractor;
import io.kubesteward.declarations.resources.ContainerResourcesExtractor;
import java.util.List;

/** Every extractor Steward runs, listed here on purpose: adding one is a visible one-line change. */
public record ExtractorRegistry(List<DeclarationExtractor<?>> extractors) {
    public ExtractorRegistry {
        extractors = List.copyOf(extractors);
    }

    public static ExtractorRegistry standard() {
        return new ExtractorRegistry(List.of(
                new HelmChartExtractor(),
                new FluxExtractor(),
                new ArgoCdExtractor(),
                new HelmfileExtractor(),
                new KustomizeExtractor(),
                new ManifestImageExtractor(),
                new ValuesFileImageExtractor(),
                new AnnotatedValueExtractor(),
                new MavenArtifactExtractor(),
                new ContainerResourcesExtractor()));
    }
}
