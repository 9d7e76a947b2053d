package io.kubesteward.declarations.registry;

import io.kubesteward.declarations.DeclarationScanner;
import io.kubesteward.declarations.ExtractorRegistry;
import io.kubesteward.declarations.annotations.AnnotatedValueExtractor;
import io.kubesteward.declarations.argocd.ArgoCdExtractor;
import io.kubesteward.declarations.flux.FluxExtractor;
import io.kubesteward.declarations.helm.HelmChartExtractor;
import io.kubesteward.declarations.helmfile.HelmfileExtractor;
import io.kubesteward.declarations.images.ManifestImageExtractor;
import io.kubesteward.declarations.images.ValuesFileImageExtractor;
import io.kubesteward.declarations.kustomize.KustomizeExtractor;
import io.kubesteward.declarations.maven.MavenArtifactExtractor;
import io.kubesteward.declarations.resources.ContainerResourcesExtractor;
import java.util.List;

/**
 * Every extractor Steward runs, listed here on purpose: adding one is a visible one-line change.
 * Apart from the declarations root, which the extractors build on, so no package cycle runs through it.
 */
public final class StandardExtractors {
    private StandardExtractors() {
    }

    public static ExtractorRegistry registry() {
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

    public static DeclarationScanner scanner() {
        return new DeclarationScanner(registry());
    }
}
