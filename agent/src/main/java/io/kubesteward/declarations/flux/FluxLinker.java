package io.kubesteward.declarations.flux;

import io.kubesteward.declarations.ExtractedDeclaration;
import java.util.ArrayList;
import java.util.List;

/** Joins HelmReleases to the source objects they name, across all files of the repository; other OCIRepositories are artifacts, and GitRepositories pinned to a tag are declarations of their own. */
final class FluxLinker {
    private FluxLinker() {
    }

    static List<ExtractedDeclaration> link(List<FluxFile> files) {
        KustomizeNamespaces namespaces = new KustomizeNamespaces(files);
        ChartSpecLinker charts = new ChartSpecLinker(new SourceIndex<>("HelmRepository",
                files.stream().flatMap(file -> file.helmRepositories().stream()).toList(), namespaces), namespaces);
        ChartRefLinker chartRefs = new ChartRefLinker(new SourceIndex<>("OCIRepository",
                files.stream().flatMap(file -> file.ociRepositories().stream()).toList(), namespaces), namespaces);
        List<ExtractedDeclaration> found = new ArrayList<>();
        for (FluxFile file : files) {
            for (HelmReleaseObject release : file.releases()) {
                found.add(release.chart() != null ? charts.link(release) : chartRefs.link(release));
            }
        }
        // what no HelmRelease takes a chart from is an artifact of its own
        for (FluxFile file : files) {
            for (OciRepositoryObject repository : file.ociRepositories()) {
                if (!chartRefs.chartSource(repository)) {
                    found.add(OciArtifactLinker.link(repository));
                }
            }
        }
        for (FluxFile file : files) {
            file.gitRepositories().forEach(repository -> found.add(GitTagLinker.link(repository)));
        }
        return found;
    }
}
