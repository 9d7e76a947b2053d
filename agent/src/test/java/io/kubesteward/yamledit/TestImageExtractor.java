package io.kubesteward.yamledit;

import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.FileResult;
import io.kubesteward.declarations.RepoPaths;
import io.kubesteward.declarations.SingleFileExtractor;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlFile;
import io.kubesteward.declarations.yaml.YamlReader;
import io.kubesteward.declarations.yaml.YamlScalar;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SourceKind;
import io.kubesteward.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A minimal stand-in for the image extractor: every {@code image: repo:tag[@sha256:…]} string, with
 * spans for the tag and the digest, so that edits of images can be confirmed by re-extraction.
 */
final class TestImageExtractor implements SingleFileExtractor {

    @Override
    public String id() {
        return "test-image";
    }

    @Override
    public boolean isCandidate(String path, String content) {
        return RepoPaths.isYaml(path) && content.contains("image:");
    }

    @Override
    public FileResult<List<ExtractedDeclaration>> extract(String path, String content) {
        YamlFile yaml = YamlReader.read(path, content);
        List<ExtractedDeclaration> found = new ArrayList<>();
        for (YamlDocument document : yaml.documents()) {
            walk(path, document, document.root(), found);
        }
        return new FileResult<>(found, yaml.problems());
    }

    private static void walk(String path, YamlDocument document, Node node, List<ExtractedDeclaration> found) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple entry : mapping.getValue()) {
                if (entry.getKeyNode() instanceof ScalarNode key && key.getValue().equals("image")
                        && entry.getValueNode() instanceof ScalarNode value) {
                    YamlScalar image = document.scalar(value);
                    if (image != null && image.span() != null) {
                        found.add(ExtractedDeclaration.at(image.offset(), declare(path, image)));
                    }
                } else {
                    walk(path, document, entry.getValueNode(), found);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> walk(path, document, item, found));
        }
    }

    private static Declaration declare(String path, YamlScalar image) {
        String text = image.value();
        int at = text.indexOf('@');
        String reference = at < 0 ? text : text.substring(0, at);
        int colon = reference.lastIndexOf(':');
        String repository = colon > reference.lastIndexOf('/') ? reference.substring(0, colon) : reference;
        Span whole = image.span();
        Span tag = colon > reference.lastIndexOf('/') ? part(whole, colon + 1, reference.length()) : null;
        Declaration declaration = new Declaration(path, DeclarationKind.CONTAINER_IMAGE, repository,
                tag == null ? null : reference.substring(colon + 1), tag,
                new PackageRef(SourceKind.DOCKER_IMAGE, "docker.io", repository), null);
        return at < 0 ? declaration : declaration.withDigest(text.substring(at + 1), part(whole, at + 1, text.length()));
    }

    private static Span part(Span whole, int from, int to) {
        return new Span(whole.start() + from, whole.start() + to, whole.line(), whole.column() + from);
    }
}
