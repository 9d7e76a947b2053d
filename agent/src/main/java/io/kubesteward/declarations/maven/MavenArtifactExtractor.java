package io.kubesteward.declarations.maven;

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

/** Maven artifacts: Strimzi KafkaConnect build plugins, and Maven Central-style jar URLs in any manifest. */
public final class MavenArtifactExtractor implements SingleFileExtractor {
    /** Where Maven artifacts come from when no repository is named. */
    private static final String STRIMZI = "kafka.strimzi.io";

    @Override
    public String id() {
        return "maven-artifacts";
    }

    @Override
    public boolean isCandidate(String path, String content) {
        return RepoPaths.isYaml(path) && (content.contains(STRIMZI) || content.contains(MavenUrlScan.MARKER) && content.contains(".jar"));
    }

    @Override
    public FileResult<List<ExtractedDeclaration>> extract(String path, String content) {
        YamlFile yaml = YamlReader.read(path, content);
        List<ExtractedDeclaration> found = new ArrayList<>();
        // Go-templated YAML (a chart's templates) is not YAML until rendered: its syntax is no mistake of its author
        List<Problem> problems = new ArrayList<>(content.contains("{{") ? List.of() : yaml.problems());
        boolean jarUrls = content.contains(MavenUrlScan.MARKER);
        for (YamlDocument document : yaml.documents()) {
            if (KafkaConnectArtifacts.isKafkaConnect(Nodes.text(document.root(), "apiVersion"), Nodes.text(document.root(), "kind"))) {
                KafkaConnectArtifacts artifacts = new KafkaConnectArtifacts(path, content, document);
                artifacts.read(document.root());
                found.addAll(artifacts.found());
                problems.addAll(artifacts.problems());
            } else if (jarUrls) {
                found.addAll(MavenUrlScan.scan(path, content, document));
            }
        }
        return new FileResult<>(found, problems);
    }
}
