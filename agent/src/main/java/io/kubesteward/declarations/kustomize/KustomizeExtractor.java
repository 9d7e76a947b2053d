package io.kubesteward.declarations.kustomize;

import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.FileResult;
import io.kubesteward.declarations.RepoPaths;
import io.kubesteward.declarations.SingleFileExtractor;
import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlFile;
import io.kubesteward.declarations.yaml.YamlReader;
import io.kubesteward.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Kustomization files: {@code helmCharts} (charts and the images of their {@code valuesInline})
 * and {@code images} overrides; and the {@code spec.images} of Flux Kustomizations, which take the
 * same overrides.
 */
public final class KustomizeExtractor implements SingleFileExtractor {
    private static final Set<String> KUSTOMIZATION_FILES = Set.of("kustomization.yaml", "kustomization.yml", "Kustomization");
    private static final String FLUX_KUSTOMIZE = "kustomize.toolkit.fluxcd.io/";

    @Override
    public String id() {
        return "kustomize";
    }

    @Override
    public boolean isCandidate(String path, String content) {
        if (KUSTOMIZATION_FILES.contains(RepoPaths.fileName(path))) {
            return content.contains("images") || content.contains("helmCharts");
        }
        return RepoPaths.isYaml(path) && content.contains(FLUX_KUSTOMIZE) && content.contains("images");
    }

    @Override
    public FileResult<List<ExtractedDeclaration>> extract(String path, String content) {
        YamlFile yaml = YamlReader.read(path, content);
        boolean kustomizationFile = KUSTOMIZATION_FILES.contains(RepoPaths.fileName(path));
        List<ExtractedDeclaration> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(yaml.problems());
        for (YamlDocument document : yaml.documents()) {
            Node root = document.root();
            String apiVersion = Nodes.text(root, "apiVersion");
            String kind = Nodes.text(root, "kind");
            KustomizeImages images = new KustomizeImages(path, content, document);
            if (kustomizationFile && isKustomize(apiVersion, kind)) {
                KustomizeHelmCharts charts = new KustomizeHelmCharts(path, content, document);
                charts.read(Nodes.get(root, "helmCharts"));
                found.addAll(charts.found());
                problems.addAll(charts.problems());
                images.read(Nodes.get(root, "images"));
            } else if (apiVersion != null && apiVersion.startsWith(FLUX_KUSTOMIZE) && "Kustomization".equals(kind)) {
                images.read(Nodes.get(root, "spec", "images"));
            }
            found.addAll(images.found());
            problems.addAll(images.problems());
        }
        return new FileResult<>(found, problems);
    }

    private static boolean isKustomize(String apiVersion, String kind) {
        return (apiVersion == null || apiVersion.startsWith("kustomize.config.k8s.io/"))
                && (kind == null || kind.equals("Kustomization") || kind.equals("Component"));
    }
}
