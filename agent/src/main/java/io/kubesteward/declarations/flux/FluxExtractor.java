package io.kubesteward.declarations.flux;

import io.kubesteward.declarations.DeclarationExtractor;
import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.FileResult;
import io.kubesteward.declarations.RepoPaths;
import java.util.List;
import java.util.Set;

/**
 * Flux HelmReleases ({@code helm.toolkit.fluxcd.io}) with the HelmRepository or OCIRepository they
 * use, found anywhere in the repository; kustomization files supply inferred namespaces.
 */
public final class FluxExtractor implements DeclarationExtractor<FluxFile> {
    private static final Set<String> KUSTOMIZATION_FILES = Set.of("kustomization.yaml", "kustomization.yml", "Kustomization");
    private static final List<String> FLUX_KINDS = List.of("HelmRelease", "HelmRepository", "OCIRepository", "GitRepository");

    @Override
    public String id() {
        return "flux";
    }

    @Override
    public boolean isCandidate(String path, String content) {
        if (KUSTOMIZATION_FILES.contains(RepoPaths.fileName(path))) {
            return true;
        }
        if (!RepoPaths.isYaml(path) || isChartTemplate(path, content)) {
            return false;
        }
        return FLUX_KINDS.stream().anyMatch(content::contains);
    }

    @Override
    public FileResult<FluxFile> extract(String path, String content) {
        return FluxFileReader.read(path, content, KUSTOMIZATION_FILES.contains(RepoPaths.fileName(path)));
    }

    @Override
    public List<ExtractedDeclaration> link(List<FluxFile> files) {
        return FluxLinker.link(files);
    }

    // Go templates of a Helm chart are not YAML until rendered
    private static boolean isChartTemplate(String path, String content) {
        return (path.startsWith("templates/") || path.contains("/templates/")) && content.contains("{{");
    }
}
