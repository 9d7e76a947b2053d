package io.kubesteward.declarations.kustomize;

import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.Resolution;
import io.kubesteward.declarations.SourceUrls;
import io.kubesteward.declarations.images.HelmValuesImages;
import io.kubesteward.declarations.images.ImageReferences;
import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlScalar;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Problem;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.SourceKind;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/** A kustomization's {@code helmCharts}: {@code name}, {@code repo}, {@code version}, and images in {@code valuesInline}. */
final class KustomizeHelmCharts {
    private final String file;
    private final String content;
    private final YamlDocument document;
    private final List<ExtractedDeclaration> found = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    KustomizeHelmCharts(String file, String content, YamlDocument document) {
        this.file = file;
        this.content = content;
        this.document = document;
    }

    List<ExtractedDeclaration> found() {
        return found;
    }

    List<Problem> problems() {
        return problems;
    }

    void read(Node helmCharts) {
        List<Node> charts = Nodes.items(helmCharts);
        for (int i = 0; i < charts.size(); i++) {
            Node chart = charts.get(i);
            String name = Nodes.text(chart, "name");
            if (name == null || name.isBlank()) {
                problems.add(document.problemAt(file, chart, "helmCharts entry #" + (i + 1) + " has no name; kustomize cannot inflate it either"));
                continue;
            }
            YamlScalar version = document.scalar(chart, "version");
            Resolution resolution = resolve(chart, name, version);
            found.add(ExtractedDeclaration.at(document.offsetOf(chart),
                    resolution.declare(file, DeclarationKind.KUSTOMIZE_HELM_CHART, name, version)));
            Node values = Nodes.get(chart, "valuesInline");
            if (values != null) {
                found.addAll(HelmValuesImages.find(file, content, document, values, DeclarationKind.HELM_VALUES_IMAGE));
            }
        }
    }

    private Resolution resolve(Node chart, String name, YamlScalar version) {
        if (version == null && !Nodes.isNull(Nodes.get(chart, "version"))) {
            return Resolution.skip(Code.INVALID_VERSION, "the version of helmChart '" + name + "' is not a single value");
        }
        if (version == null || version.value().isBlank()) {
            return Resolution.skip(Code.MISSING_VERSION, "helmChart '" + name + "' has no version, so kustomize pulls the latest");
        }
        String repo = Nodes.text(chart, "repo");
        if (repo == null || repo.isBlank()) {
            return Resolution.skip(Code.LOCAL_CHART, "helmChart '" + name + "' has no repo: kustomize uses the chart in its chartHome folder");
        }
        if (ImageReferences.isTemplated(repo) || ImageReferences.isTemplated(version.value())) {
            return Resolution.skip(Code.TEMPLATED, "helmChart '" + name + "' is filled in by a template or substitution;"
                    + " the text in Git is not the value");
        }
        String url = SourceUrls.withoutTrailingSlash(repo.trim());
        if (url.startsWith("oci://")) {
            return Resolution.of(new PackageRef(SourceKind.OCI_CHART, url, name));
        }
        if (url.startsWith("https://") || url.startsWith("http://")) {
            return Resolution.of(new PackageRef(SourceKind.HELM_REPOSITORY, url, name));
        }
        return Resolution.skip(Code.UNKNOWN_REPOSITORY, "repo '" + repo + "' of helmChart '" + name + "' is neither http(s):// nor oci://");
    }
}
