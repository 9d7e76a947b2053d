package io.kubesteward.declarations.kustomize;

import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.annotations.comment.AnnotatedLines;
import io.kubesteward.declarations.images.ImageDeclarations;
import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlScalar;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.Problem;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Kustomize {@code images} overrides: {@code name}, {@code newName}, {@code newTag},
 * {@code digest}. The image looked up is {@code newName} when set, else {@code name}.
 */
final class KustomizeImages {
    private final String file;
    private final String content;
    private final YamlDocument document;
    private final List<ExtractedDeclaration> found = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    KustomizeImages(String file, String content, YamlDocument document) {
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

    void read(Node images) {
        List<Node> entries = Nodes.items(images);
        for (int i = 0; i < entries.size(); i++) {
            Node entry = entries.get(i);
            String name = Nodes.text(entry, "name");
            String newName = Nodes.text(entry, "newName");
            String image = newName != null && !newName.isBlank() ? newName.trim() : name == null ? null : name.trim();
            if (image == null || image.isEmpty()) {
                problems.add(document.problemAt(file, entry, "images entry #" + (i + 1) + " has no name; kustomize ignores it"));
                continue;
            }
            YamlScalar newTag = document.scalar(entry, "newTag");
            YamlScalar digest = document.scalar(entry, "digest");
            String noTag = newName != null ? "only renames the image to '" + image + "', without a newTag or digest"
                    : "sets no newTag or digest";
            Declaration declaration = ImageDeclarations.parts(file, DeclarationKind.KUSTOMIZE_IMAGE, image, newTag, digest, noTag);
            if (declaration == null) {
                problems.add(document.problemAt(file, entry, "images entry '" + image + "' is not an image name"
                        + " ([registry/]path, path in lower case); its version is not read"));
                continue;
            }
            YamlScalar at = newTag != null ? newTag : digest;
            int offset = at != null ? at.offset() : document.offsetOf(entry);
            if (at == null || !AnnotatedLines.isAnnotated(content, offset)) {
                found.add(ExtractedDeclaration.at(offset, declaration));
            }
        }
    }
}
