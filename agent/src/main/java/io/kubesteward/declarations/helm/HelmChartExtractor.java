package io.kubesteward.declarations.helm;

import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.FileResult;
import io.kubesteward.declarations.RepoPaths;
import io.kubesteward.declarations.Resolution;
import io.kubesteward.declarations.SingleFileExtractor;
import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlFile;
import io.kubesteward.declarations.yaml.YamlReader;
import io.kubesteward.declarations.yaml.YamlScalar;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.Problem;
import io.kubesteward.model.SkipReason.Code;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/** The {@code dependencies} of a Helm chart: {@code Chart.yaml}, or the legacy {@code requirements.yaml}. */
public final class HelmChartExtractor implements SingleFileExtractor {

    @Override
    public String id() {
        return "helm-chart";
    }

    @Override
    public boolean isCandidate(String path, String content) {
        String name = RepoPaths.fileName(path);
        return name.equals("Chart.yaml") || name.equals("requirements.yaml");
    }

    @Override
    public FileResult<List<ExtractedDeclaration>> extract(String path, String content) {
        YamlFile yaml = YamlReader.read(path, content);
        List<ExtractedDeclaration> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(yaml.problems());
        for (YamlDocument document : yaml.documents()) {
            List<Node> dependencies = Nodes.items(Nodes.get(document.root(), "dependencies"));
            for (int i = 0; i < dependencies.size(); i++) {
                Node dependency = dependencies.get(i);
                String name = Nodes.text(dependency, "name");
                if (name == null || name.isBlank()) {
                    problems.add(document.problemAt(path, dependency,
                            "dependency #" + (i + 1) + " has no name; Helm cannot resolve it either"));
                    continue;
                }
                YamlScalar version = document.scalar(dependency, "version");
                Resolution resolution = resolve(dependency, name, version);
                found.add(ExtractedDeclaration.at(document.offsetOf(dependency),
                        resolution.declare(path, DeclarationKind.CHART_DEPENDENCY, name, version)));
            }
        }
        return new FileResult<>(found, problems);
    }

    private static Resolution resolve(Node dependency, String name, YamlScalar version) {
        Resolution source = ChartRepositories.resolve(Nodes.text(dependency, "repository"), name);
        if (source.skipped(Code.LOCAL_CHART)) {
            return source;
        }
        if (version == null && !Nodes.isNull(Nodes.get(dependency, "version"))) {
            return Resolution.skip(Code.INVALID_VERSION, "the version of dependency '" + name + "' is not a single value");
        }
        if (version == null || version.value().isBlank()) {
            return Resolution.skip(Code.MISSING_VERSION, "dependency '" + name + "' has no version");
        }
        return source;
    }
}
