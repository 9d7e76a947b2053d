package io.kubesteward.declarations.images;

import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.FileResult;
import io.kubesteward.declarations.RepoPaths;
import io.kubesteward.declarations.SingleFileExtractor;
import io.kubesteward.declarations.yaml.GoTemplateText;
import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlFile;
import io.kubesteward.declarations.yaml.YamlReader;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.Problem;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Images in Kubernetes objects: the containers of workloads with a pod template, any
 * {@code image:} string of other objects (operators' custom resources, as Renovate's kubernetes
 * manager reads them), and the Helm values of Flux HelmReleases.
 */
public final class ManifestImageExtractor implements SingleFileExtractor {

    @Override
    public String id() {
        return "kubernetes-images";
    }

    @Override
    public boolean isCandidate(String path, String content) {
        return RepoPaths.isYaml(path) && content.contains("mage") && content.contains("kind") && content.contains("apiVersion")
                && !RepoPaths.isHelmfile(path, content);
    }

    @Override
    public FileResult<List<ExtractedDeclaration>> extract(String path, String content) {
        boolean chartTemplate = isChartTemplate(path, content);
        // a chart's template is not YAML until rendered: read it with its actions masked, offsets kept
        GoTemplateText template = chartTemplate ? GoTemplateText.of(content) : null;
        YamlFile yaml = YamlReader.read(path, chartTemplate ? template.masked() : content);
        List<ExtractedDeclaration> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(yamlProblems(yaml, content));
        for (YamlDocument document : yaml.documents()) {
            Node root = document.root();
            String apiVersion = Nodes.text(root, "apiVersion");
            String kind = Nodes.text(root, "kind");
            if (apiVersion == null || kind == null || ManifestKinds.isReadElsewhere(apiVersion, kind) || isSopsEncrypted(root)) {
                continue;
            }
            if (ManifestKinds.isHelmRelease(apiVersion, kind)) {
                found.addAll(HelmValuesImages.find(path, content, document, Nodes.get(root, "spec", "values"),
                        DeclarationKind.HELM_VALUES_IMAGE));
                continue;
            }
            ManifestImages images = new ManifestImages(path, content, document);
            if (PodSpecs.isWorkload(apiVersion, kind)) {
                images.containers(PodSpecs.of(root, apiVersion, kind), kind);
            } else {
                images.anyImageKey(root);
            }
            found.addAll(images.found());
            problems.addAll(images.problems());
        }
        if (chartTemplate) {
            // what an action writes is known only when rendered: no mistake of the author's
            problems.removeIf(problem -> masked(problem.message()));
        }
        return new FileResult<>(chartTemplate ? literalOnly(found, template) : found, problems);
    }

    /**
     * A chart's own templates fill their images in when rendered: only the images they hard-code are
     * declared, never one whose name or tag an action writes.
     */
    private static List<ExtractedDeclaration> literalOnly(List<ExtractedDeclaration> found, GoTemplateText template) {
        return found.stream().filter(extracted -> {
            Declaration declaration = extracted.declaration();
            return !masked(declaration.name()) && !masked(declaration.currentValue())
                    && (declaration.span() == null || template.actions().stream().noneMatch(action ->
                    action.start() < declaration.span().end() && action.end() > declaration.span().start()));
        }).toList();
    }

    private static boolean masked(String text) {
        return text != null && (text.indexOf(GoTemplateText.PLACEHOLDER) >= 0 || text.contains("{{"));
    }

    /**
     * A file with Go template actions (a helmfile, a chart's template) is not YAML until rendered: what cannot be parsed is no mistake of its author, so only the YAML
     * problems of plain files are reported.
     */
    static List<Problem> yamlProblems(YamlFile yaml, String content) {
        return content.contains("{{") ? List.of() : yaml.problems();
    }

    /** SOPS signs every value of the file it encrypts: changing any of them breaks decryption. */
    static boolean isSopsEncrypted(Node root) {
        return Nodes.get(root, "sops") != null;
    }

    // a folder named templates may hold a chart's templates, or just templated manifests (kubefirst)
    private static boolean isChartTemplate(String path, String content) {
        return (path.startsWith("templates/") || path.contains("/templates/")) && content.contains("{{");
    }
}
