package io.kubesteward.declarations.resources;

import io.kubesteward.declarations.DeclarationExtractor;
import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.FileResult;
import io.kubesteward.declarations.RepoPaths;
import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlFile;
import io.kubesteward.declarations.yaml.YamlReader;
import io.kubesteward.model.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Containers' cpu and memory requests and limits in workload manifests, as
 * {@link io.kubesteward.model.DeclarationKind#CONTAINER_RESOURCES} declarations named by workload,
 * container and value ({@link io.kubesteward.model.ContainerResourceRef}). Kustomizations are
 * followed: each value is declared where the build of a top kustomization takes it from (the last
 * patch that sets it, else the resource), with the namespace that build gives it.
 */
public final class ContainerResourcesExtractor implements DeclarationExtractor<ResourceFile> {

    @Override
    public String id() {
        return "container-resources";
    }

    @Override
    public boolean isCandidate(String path, String content) {
        if (KustomizationReader.isKustomization(path)) {
            return true;
        }
        return RepoPaths.isYaml(path) && content.contains("containers") && content.contains("kind") && !isChartTemplate(path, content);
    }

    @Override
    public FileResult<ResourceFile> extract(String path, String content) {
        YamlFile yaml = YamlReader.read(path, content);
        List<WorkloadObject> workloads = new ArrayList<>();
        Kustomization kustomization = null;
        for (YamlDocument document : yaml.documents()) {
            if (Nodes.get(document.root(), "sops") != null) {
                continue;
            }
            if (KustomizationReader.isKustomization(path)) {
                kustomization = kustomization != null ? kustomization : KustomizationReader.read(path, document);
                continue;
            }
            WorkloadObject workload = WorkloadReader.read(document);
            if (workload != null) {
                workloads.add(workload);
            }
        }
        List<Problem> problems = content.contains("{{") ? List.of() : yaml.problems();
        return new FileResult<>(new ResourceFile(path, workloads, kustomization), problems);
    }

    @Override
    public List<ExtractedDeclaration> link(List<ResourceFile> files) {
        return new KustomizeBuild(files).declarations();
    }

    /** A chart's templates are filled in by Helm: their values are not the ones that run. */
    private static boolean isChartTemplate(String path, String content) {
        return (path.startsWith("templates/") || path.contains("/templates/")) && content.contains("{{");
    }
}
