package io.kubesteward.declarations.maven;

import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.SourceUrls;
import io.kubesteward.declarations.images.ImageReferences;
import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlScalar;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Problem;
import io.kubesteward.model.SkipReason;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.SourceKind;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The connector plugins of a Strimzi {@code KafkaConnect} build: {@code spec.build.plugins[].artifacts[]}
 * of type {@code maven} ({@code group}, {@code artifact}, {@code version}, {@code repository}), and
 * of type {@code jar}, {@code zip}, {@code tgz} or {@code other} whose {@code url} follows Maven
 * repository layout.
 */
final class KafkaConnectArtifacts {
    private final String file;
    private final String content;
    private final YamlDocument document;
    private final List<ExtractedDeclaration> found = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    KafkaConnectArtifacts(String file, String content, YamlDocument document) {
        this.file = file;
        this.content = content;
        this.document = document;
    }

    static boolean isKafkaConnect(String apiVersion, String kind) {
        return "KafkaConnect".equals(kind) && apiVersion != null && apiVersion.startsWith("kafka.strimzi.io/");
    }

    List<ExtractedDeclaration> found() {
        return found;
    }

    List<Problem> problems() {
        return problems;
    }

    void read(Node root) {
        for (Node plugin : Nodes.items(Nodes.get(root, "spec", "build", "plugins"))) {
            for (Node artifact : Nodes.items(Nodes.get(plugin, "artifacts"))) {
                String type = Nodes.text(artifact, "type");
                if ("maven".equals(type)) {
                    maven(artifact);
                } else if (Nodes.text(artifact, "url") != null) {
                    url(artifact, document.scalar(artifact, "url"));
                }
            }
        }
    }

    private void maven(Node artifact) {
        String group = Nodes.text(artifact, "group");
        String name = Nodes.text(artifact, "artifact");
        if (group == null || name == null || group.isBlank() || name.isBlank()) {
            problems.add(document.problemAt(file, artifact, "a maven artifact needs group and artifact; Strimzi cannot build it either"));
            return;
        }
        String coordinates = group.trim() + ":" + name.trim();
        YamlScalar version = document.scalar(artifact, "version");
        String repository = Nodes.text(artifact, "repository");
        SkipReason skip = null;
        if (version == null || version.value().isBlank()) {
            skip = new SkipReason(Code.MISSING_VERSION, "maven artifact '" + coordinates + "' has no version");
        } else if (ImageReferences.isTemplated(version.value()) || ImageReferences.isTemplated(repository)) {
            skip = new SkipReason(Code.TEMPLATED, "maven artifact '" + coordinates + "' is filled in by a template or substitution");
        } else if (repository != null && !repository.startsWith("https://") && !repository.startsWith("http://")) {
            skip = new SkipReason(Code.UNKNOWN_REPOSITORY, "repository '" + repository + "' is not an http(s):// URL");
        }
        PackageRef pkg = skip != null ? null : new PackageRef(SourceKind.MAVEN_ARTIFACT,
                repository == null ? SourceUrls.MAVEN_CENTRAL : SourceUrls.withoutTrailingSlash(repository.trim()), coordinates);
        found.add(ExtractedDeclaration.at(document.offsetOf(artifact), new Declaration(file, DeclarationKind.MAVEN_ARTIFACT, coordinates,
                version == null ? null : version.value(), version == null ? null : version.span(), pkg, skip)));
    }

    private void url(Node artifact, YamlScalar url) {
        String fileName = url.value().substring(url.value().lastIndexOf('/') + 1);
        if (ImageReferences.isTemplated(url.value())) {
            skip(url, fileName, Code.TEMPLATED, "url '" + url.value() + "' is filled in by a template or substitution");
            return;
        }
        MavenUrl maven = MavenUrls.parse(url.value());
        if (maven == null) {
            skip(url, fileName, Code.UNSUPPORTED_SOURCE, "url '" + url.value() + "' does not follow Maven repository layout"
                    + " (…/group/path/artifact/version/artifact-version.jar), so Steward cannot look up its versions");
            return;
        }
        SkipReason skip = Nodes.text(artifact, "sha512sum") == null ? null : new SkipReason(Code.PINNED_DIGEST,
                "the artifact pins a sha512sum, which must change with the version and which Steward cannot compute");
        found.addAll(MavenDeclarations.of(file, content, maven, url.span() == null ? -1 : url.span().start(), skip));
    }

    private void skip(YamlScalar url, String name, Code code, String detail) {
        found.add(ExtractedDeclaration.at(url.offset(), new Declaration(file, DeclarationKind.MAVEN_ARTIFACT, name, null, null, null,
                new SkipReason(code, detail))));
    }
}
