package io.kubesteward.declarations.values;

import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.ReleaseRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Which release object a chart declaration is and which it waits for: Flux's {@code spec.dependsOn} (a HelmRelease
 * is installed and upgraded only once those are ready; a namespace left out is the HelmRelease's own).
 */
final class ReleaseOrder {
    private static final String HELM_RELEASE = "HelmRelease";

    private ReleaseOrder() {
    }

    static Optional<ReleaseRef> object(Declaration d, Optional<YamlDocument> doc) {
        if (d.kind() != DeclarationKind.FLUX_HELM_RELEASE || doc.isEmpty()) {
            return Optional.empty();
        }
        Node root = doc.get().root();
        String name = Nodes.text(root, "metadata", "name");
        return name == null ? Optional.empty() : Optional.of(new ReleaseRef(HELM_RELEASE, Nodes.text(root, "metadata", "namespace"), name));
    }

    static List<ReleaseRef> dependsOn(Declaration d, Optional<YamlDocument> doc) {
        Optional<ReleaseRef> self = object(d, doc);
        List<ReleaseRef> out = new ArrayList<>();
        if (self.isEmpty()) {
            return out;
        }
        for (Node item : Nodes.items(Nodes.get(doc.get().root(), "spec", "dependsOn"))) {
            String name = Nodes.text(item, "name");
            if (name != null) {
                String namespace = Nodes.text(item, "namespace");
                out.add(new ReleaseRef(HELM_RELEASE, namespace != null ? namespace : self.get().namespace(), name));
            }
        }
        return out;
    }
}
