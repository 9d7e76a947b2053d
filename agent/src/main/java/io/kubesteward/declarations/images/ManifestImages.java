package io.kubesteward.declarations.images;

import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.annotations.comment.AnnotatedLines;
import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlScalar;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** The container images of one Kubernetes object. */
final class ManifestImages {
    private final String file;
    private final String content;
    private final YamlDocument document;
    private final List<ExtractedDeclaration> found = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    ManifestImages(String file, String content, YamlDocument document) {
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

    /** Every container of a pod spec: one whose image is not a reference is a problem. */
    void containers(Node podSpec, String kind) {
        for (String list : PodSpecs.CONTAINER_LISTS) {
            for (Node container : Nodes.items(Nodes.get(podSpec, list))) {
                YamlScalar image = document.scalar(container, "image");
                if (image == null || image.value().isBlank()) {
                    continue;
                }
                Declaration declaration = ImageDeclarations.inline(file, DeclarationKind.CONTAINER_IMAGE, image);
                if (declaration == null) {
                    problems.add(document.problemAt(file, Nodes.get(container, "image"), kind + " container '"
                            + Nodes.text(container, "name") + "' has image '" + image.value() + "', which is not an image"
                            + " reference ([registry/]path[:tag][@digest], path in lower case); its version is not read"));
                } else {
                    add(declaration, image);
                }
            }
        }
    }

    /**
     * Every {@code image:} string below {@code root}, except in its metadata and under
     * {@code output} keys (the image a build produces, as in Strimzi or Shipwright builds, is not
     * one that runs); text that is no image reference is left alone.
     */
    void anyImageKey(Node root) {
        walk(root, Collections.newSetFromMap(new IdentityHashMap<>()), true);
    }

    private void walk(Node node, Set<Node> walked, boolean atRoot) {
        if (!walked.add(node)) {
            return;
        }
        if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> walk(item, walked, false));
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple entry : mapping.getValue()) {
                if (!(entry.getKeyNode() instanceof ScalarNode key) || atRoot && key.getValue().equals("metadata")
                        || key.getValue().equals("output")) {
                    continue;
                }
                if (key.getValue().equals("image") && entry.getValueNode() instanceof ScalarNode value
                        && Tag.STR.equals(value.getTag())) {
                    YamlScalar image = document.scalar(value);
                    Declaration declaration = ImageDeclarations.inline(file, DeclarationKind.CONTAINER_IMAGE, image);
                    if (declaration != null) {
                        add(declaration, image);
                    }
                } else {
                    walk(entry.getValueNode(), walked, false);
                }
            }
        }
    }

    private void add(Declaration declaration, YamlScalar at) {
        if (!AnnotatedLines.isAnnotated(content, at.offset())) {
            found.add(ExtractedDeclaration.at(at.offset(), declaration));
        }
    }
}
