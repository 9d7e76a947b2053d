package io.kubesteward.declarations.images;

import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.annotations.comment.AnnotatedLines;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlScalar;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.SkipReason;
import io.kubesteward.model.SkipReason.Code;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Images in a Helm values tree, found as Renovate's helm-values manager finds them: under any key
 * ending in {@code image} (any case), either a string {@code repo:tag[@digest]} or a map with
 * {@code repository} and {@code tag} (or {@code version}), optional {@code registry} and
 * {@code digest}. A {@code global.imageRegistry} at the root of the values overrides the map
 * form's registry, as the Bitnami common chart does. A value with an annotation comment above it is
 * left to the annotation.
 */
public final class HelmValuesImages {
    private static final String NO_TAG_IN_VALUES = "no tag: the chart's default tag (usually its appVersion) runs";

    private final String file;
    private final String content;
    private final YamlDocument document;
    private final DeclarationKind kind;
    private final UnaryOperator<YamlScalar> written;
    private final String globalRegistry;
    private final List<ExtractedDeclaration> found = new ArrayList<>();
    private final Set<Node> walked = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<HubTagPairs.Pair> pairs;
    private final Set<Node> components = Collections.newSetFromMap(new IdentityHashMap<>());

    private HelmValuesImages(String file, String content, YamlDocument document, Node values, DeclarationKind kind,
                             UnaryOperator<YamlScalar> written) {
        this.file = file;
        this.content = content;
        this.document = document;
        this.kind = kind;
        this.written = written;
        String global = text(document.scalar(values, "global", "imageRegistry"));
        this.globalRegistry = global == null || global.isBlank() ? null : global.trim();
        this.pairs = HubTagPairs.find(document, values, written);
        pairs.forEach(pair -> components.addAll(pair.components()));
    }

    /**
     * The images in {@code values} (a node of {@code document}, the file whose text is
     * {@code content}), declared as {@code kind}.
     */
    public static List<ExtractedDeclaration> find(String file, String content, YamlDocument document, Node values, DeclarationKind kind) {
        return find(file, content, document, values, kind, UnaryOperator.identity());
    }

    /**
     * The same, for a document parsed from a masked copy of {@code content} (a Go-templated
     * helmfile): {@code written} turns each scalar read from the document into the scalar as the
     * file writes it, so that a templated image is declared as templated with its real text.
     */
    public static List<ExtractedDeclaration> find(String file, String content, YamlDocument document, Node values, DeclarationKind kind,
                                                  UnaryOperator<YamlScalar> written) {
        HelmValuesImages walk = new HelmValuesImages(file, content, document, values, kind, written);
        walk.walk(values);
        walk.pairs.forEach(walk::declare);
        return List.copyOf(walk.found);
    }

    private void walk(Node node) {
        if (node == null || !walked.add(node)) {
            return;
        }
        if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(this::walk);
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple entry : mapping.getValue()) {
                if (!(entry.getKeyNode() instanceof ScalarNode key) || !isImageKey(key.getValue()) || !declare(entry.getValueNode())) {
                    walk(entry.getValueNode());
                }
            }
        }
    }

    /** Declares the image {@code value} holds; false when it holds none. */
    private boolean declare(Node value) {
        if (value instanceof ScalarNode scalar) {
            if (components.contains(scalar)) {
                return true;
            }
            if (!Tag.STR.equals(scalar.getTag())) {
                return false;
            }
            YamlScalar text = scalar(scalar);
            Declaration declaration = ImageDeclarations.inline(file, kind, text);
            return add(declaration, text);
        }
        String repository = text(scalar(value, "repository"));
        if (repository == null || repository.isBlank()) {
            return false;
        }
        YamlScalar tag = scalar(value, "tag");
        if (tag == null) {
            tag = scalar(value, "version");
        }
        String registry = globalRegistry != null ? globalRegistry : text(scalar(value, "registry"));
        String name = registry == null || registry.isBlank() ? repository.trim() : registry.trim() + "/" + repository.trim();
        Declaration declaration = ImageDeclarations.parts(file, kind, name, tag, scalar(value, "digest"), NO_TAG_IN_VALUES);
        return add(declaration, tag != null ? tag : scalar(value, "repository"));
    }

    /**
     * A hub/tag pair: one declaration of its tag, looked up as the first image it completes; the
     * other images it completes share that tag, so they are listed as moving with it.
     */
    private void declare(HubTagPairs.Pair pair) {
        String hub = pair.hub().value().trim();
        if (pair.components().isEmpty()) {
            if (pair.where().startsWith("global")) {
                add(new Declaration(file, kind, hub, pair.tag().value(), pair.tag().span(), null, new SkipReason(Code.NOT_A_VERSION,
                        pair.where() + " set the registry and tag of the chart's images, but these values name no image"
                        + " (a bare image: key), so Steward cannot tell which image's tags to list")), pair.tag());
            }
            return;
        }
        String first = hub + "/" + pair.components().get(0).getValue();
        add(ImageDeclarations.parts(file, kind, first, pair.tag(), null, NO_TAG_IN_VALUES), pair.tag());
        Set<String> listed = new java.util.HashSet<>(Set.of(pair.components().get(0).getValue()));
        for (ScalarNode component : pair.components().subList(1, pair.components().size())) {
            if (!listed.add(component.getValue())) {
                continue;
            }
            YamlScalar at = scalar(component);
            add(new Declaration(file, kind, hub + "/" + component.getValue(), null, null, null, new SkipReason(Code.NOT_A_VERSION,
                    "its tag is the tag of " + pair.where() + " (line " + pair.tag().line() + "), shared with " + first
                    + " and proposed with it")), at);
        }
    }

    private YamlScalar scalar(Node from, String... keys) {
        YamlScalar read = document.scalar(from, keys);
        return read == null ? null : written.apply(read);
    }

    private static String text(YamlScalar scalar) {
        return scalar == null ? null : scalar.value();
    }

    private boolean add(Declaration declaration, YamlScalar at) {
        if (declaration == null) {
            return false;
        }
        if (!AnnotatedLines.isAnnotated(content, at.offset())) {
            found.add(ExtractedDeclaration.at(at.offset(), declaration));
        }
        return true;
    }

    private static boolean isImageKey(String key) {
        return key.toLowerCase(Locale.ROOT).endsWith("image");
    }
}
