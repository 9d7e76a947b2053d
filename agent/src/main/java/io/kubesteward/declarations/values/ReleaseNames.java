package io.kubesteward.declarations.values;

import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.ReleaseIdentity;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The release name and namespace each tool gives a chart: Flux {@code spec.releaseName}, else
 * {@code [targetNamespace-]metadata.name} (shortened past 53 characters as helm-controller does); Argo CD {@code helm.releaseName}, else the Application's name; kustomize
 * {@code releaseName}/{@code namespace} of the {@code helmCharts} entry (without one kustomize lets Helm generate a
 * name per build; the chart's name stands for it, the same in both renders); otherwise the chart's name.
 */
final class ReleaseNames {
    private ReleaseNames() {
    }

    static ReleaseIdentity of(Declaration d, Optional<YamlDocument> found) {
        String chart = d.pkg() != null ? d.pkg().name() : d.name();
        if (found.isEmpty() || d.span() == null) {
            return new ReleaseIdentity(chart, null);
        }
        YamlDocument doc = found.get();
        Node root = doc.root();
        int offset = d.span().start();
        String name = Nodes.text(root, "metadata", "name");
        return switch (d.kind()) {
            case FLUX_HELM_RELEASE -> {
                String target = Nodes.text(root, "spec", "targetNamespace");
                String release = Nodes.text(root, "spec", "releaseName");
                String fallback = name == null ? chart : target == null ? name : target + "-" + name;
                yield new ReleaseIdentity(fluxShortened(release != null ? release : fallback),
                        target != null ? target : Nodes.text(root, "metadata", "namespace"));
            }
            case ARGOCD_APPLICATION -> {
                String release = Nodes.text(ArgoValues.sourceAt(doc, offset), "helm", "releaseName");
                yield new ReleaseIdentity(release != null ? release : name != null ? name : chart,
                        Nodes.text(ArgoValues.spec(doc), "destination", "namespace"));
            }
            case KUSTOMIZE_HELM_CHART -> ValuesFiles.itemAt(doc, Nodes.get(root, "helmCharts"), offset)
                    .map(item -> new ReleaseIdentity(Optional.ofNullable(Nodes.text(item, "releaseName")).orElse(chart),
                            Nodes.text(item, "namespace")))
                    .orElse(new ReleaseIdentity(chart, null));
            default -> new ReleaseIdentity(chart, null);
        };
    }

    /**
     * helm-controller's rule for a name longer than Helm allows (53): its first 40 characters, a hyphen, and the first
     * 12 hex digits of its SHA-256.
     */
    static String fluxShortened(String name) {
        if (name.length() <= 53) {
            return name;
        }
        try {
            byte[] sum = java.security.MessageDigest.getInstance("SHA-256").digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return name.substring(0, 40) + "-" + java.util.HexFormat.of().formatHex(sum).substring(0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    static boolean readsDocument(DeclarationKind kind) {
        return kind == DeclarationKind.FLUX_HELM_RELEASE || kind == DeclarationKind.ARGOCD_APPLICATION
                || kind == DeclarationKind.KUSTOMIZE_HELM_CHART;
    }
}
