package io.kubesteward.declarations.argocd;

import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.FileResult;
import io.kubesteward.declarations.RepoPaths;
import io.kubesteward.declarations.SingleFileExtractor;
import io.kubesteward.declarations.images.HelmValuesImages;
import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlFile;
import io.kubesteward.declarations.yaml.YamlReader;
import io.kubesteward.declarations.yaml.YamlScalar;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.Problem;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Argo CD {@code Application}s and {@code ApplicationSet} templates: the Helm chart of each source
 * ({@code spec.source}, {@code spec.sources[]}) and the container images in its Helm values
 * ({@code helm.values} as a literal block, {@code helm.valuesObject}), found by the shared
 * {@link HelmValuesImages}.
 *
 * <p>A source without {@code chart} (a Git path: plain manifests, kustomize, or a chart in Git) is
 * not a chart declaration and is passed over silently: its {@code targetRevision} is a Git branch,
 * tag or commit, which no chart source can update. Images in its Helm values are still read.
 */
public final class ArgoCdExtractor implements SingleFileExtractor {

    @Override
    public String id() {
        return "argocd";
    }

    @Override
    public boolean isCandidate(String path, String content) {
        boolean chartTemplate = (path.startsWith("templates/") || path.contains("/templates/")) && content.contains("{{");
        return RepoPaths.isYaml(path) && !chartTemplate && content.contains("argoproj.io/");
    }

    @Override
    public FileResult<List<ExtractedDeclaration>> extract(String path, String content) {
        YamlFile yaml = YamlReader.read(path, content);
        List<ExtractedDeclaration> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(yaml.problems());
        for (YamlDocument document : yaml.documents()) {
            Node root = document.root();
            String apiVersion = Nodes.text(root, "apiVersion");
            if (apiVersion == null || !apiVersion.startsWith("argoproj.io/")) {
                continue;
            }
            Node spec = switch (String.valueOf(Nodes.text(root, "kind"))) {
                case "Application" -> Nodes.get(root, "spec");
                case "ApplicationSet" -> Nodes.get(root, "spec", "template", "spec");
                default -> null;
            };
            for (Node source : sourcesOf(spec)) {
                chart(path, document, source, found);
                valuesImages(path, content, document, source, found, problems);
            }
        }
        return new FileResult<>(found, problems);
    }

    private static List<Node> sourcesOf(Node spec) {
        List<Node> sources = new ArrayList<>();
        if (Nodes.get(spec, "source") instanceof MappingNode single) {
            sources.add(single);
        }
        Nodes.items(Nodes.get(spec, "sources")).stream().filter(MappingNode.class::isInstance).forEach(sources::add);
        return sources;
    }

    private static void chart(String path, YamlDocument document, Node source, List<ExtractedDeclaration> found) {
        YamlScalar chart = document.scalar(source, "chart");
        if (chart == null || chart.value().isBlank()) {
            return;
        }
        YamlScalar revision = document.scalar(source, "targetRevision");
        boolean revisionNotScalar = revision == null && !Nodes.isNull(Nodes.get(source, "targetRevision"));
        found.add(ExtractedDeclaration.at(chart.offset(),
                ChartSources.resolve(Nodes.text(source, "repoURL"), chart.value(), revision, revisionNotScalar)
                        .declare(path, DeclarationKind.ARGOCD_APPLICATION, chart.value(), revision)));
    }

    private static void valuesImages(String path, String content, YamlDocument document, Node source,
            List<ExtractedDeclaration> found, List<Problem> problems) {
        Node helm = Nodes.get(source, "helm");
        if (Nodes.get(helm, "values") instanceof ScalarNode values && !Nodes.isNull(values)) {
            YamlFile valuesYaml = HelmValuesBlock.read(path, content, document, values, "helm.values");
            problems.addAll(valuesYaml.problems());
            for (YamlDocument valuesDocument : valuesYaml.documents()) {
                found.addAll(HelmValuesImages.find(path, content, valuesDocument, valuesDocument.root(), DeclarationKind.HELM_VALUES_IMAGE));
            }
        }
        if (Nodes.get(helm, "valuesObject") instanceof MappingNode valuesObject) {
            found.addAll(HelmValuesImages.find(path, content, document, valuesObject, DeclarationKind.HELM_VALUES_IMAGE));
        }
    }
}
