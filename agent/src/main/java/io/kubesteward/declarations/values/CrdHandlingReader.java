package io.kubesteward.declarations.values;

import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.model.CrdHandling;
import io.kubesteward.model.CrdHandling.Mode;
import io.kubesteward.model.DeclarationKind;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/** Who applies a chart's {@code crds/} for one declaration, from the settings its tool reads. */
final class CrdHandlingReader {
    private CrdHandlingReader() {
    }

    static CrdHandling of(DeclarationKind kind, Optional<YamlDocument> doc, int offset) {
        Node root = doc.map(YamlDocument::root).orElse(null);
        return switch (kind) {
            case FLUX_HELM_RELEASE -> flux(root);
            case ARGOCD_APPLICATION -> argo(doc, root, offset);
            case KUSTOMIZE_HELM_CHART -> kustomize(doc, root, offset);
            case HELMFILE_RELEASE -> CrdHandling.helm("helmfile (through Helm)");
            default -> CrdHandling.helm("Helm");
        };
    }

    private static CrdHandling flux(Node root) {
        String upgrade = Optional.ofNullable(Nodes.text(root, "spec", "upgrade", "crds")).orElse("Skip");
        if ("Skip".equals(Nodes.text(root, "spec", "install", "crds")) && "Skip".equals(upgrade)) {
            return new CrdHandling(Mode.NEVER, "the HelmRelease skips the chart's CRDs on install and upgrade (spec.install.crds and"
                    + " spec.upgrade.crds: Skip), so whatever manages them instead must move with this version");
        }
        return switch (upgrade) {
            case "CreateReplace" -> new CrdHandling(Mode.UPGRADED, "the HelmRelease sets spec.upgrade.crds: CreateReplace, so Flux"
                    + " applies the chart's CRDs on every upgrade");
            case "Create" -> new CrdHandling(Mode.NEW_ONES, "the HelmRelease sets spec.upgrade.crds: Create, so Flux creates new"
                    + " CRDs on upgrade but never changes existing ones");
            default -> new CrdHandling(Mode.CREATED_ONLY, "Flux upgrades a HelmRelease with spec.upgrade.crds: " + upgrade
                    + (Nodes.text(root, "spec", "upgrade", "crds") == null ? " (its default)" : "")
                    + ", so the chart's CRDs are never upgraded");
        };
    }

    private static CrdHandling argo(Optional<YamlDocument> doc, Node root, int offset) {
        Node spec = "ApplicationSet".equals(Nodes.text(root, "kind")) ? Nodes.get(root, "spec", "template", "spec")
                : Nodes.get(root, "spec");
        Node source = Nodes.get(spec, "source");
        for (Node s : Nodes.items(Nodes.get(spec, "sources"))) {
            if (doc.isPresent() && doc.get().offsetOf(s) <= offset && offset <= doc.get().endOffsetOf(s)) {
                source = s;
            }
        }
        if ("true".equals(Nodes.text(source, "helm", "skipCrds"))) {
            return new CrdHandling(Mode.NEVER, "the Application sets helm.skipCrds: true, so Argo CD applies none of the chart's CRDs");
        }
        return new CrdHandling(Mode.UPGRADED, "Argo CD renders the chart with its CRDs and applies them on every sync");
    }

    private static CrdHandling kustomize(Optional<YamlDocument> doc, Node root, int offset) {
        Node chart = doc.flatMap(d -> ValuesFiles.itemAt(d, Nodes.get(root, "helmCharts"), offset)).orElse(null);
        if ("true".equals(Nodes.text(chart, "includeCRDs"))) {
            return new CrdHandling(Mode.UPGRADED, "the helmCharts entry sets includeCRDs: true, so the chart's CRDs are part of the"
                    + " build and applied with it");
        }
        return new CrdHandling(Mode.NEVER, "kustomize leaves a chart's CRDs out unless the helmCharts entry sets includeCRDs: true");
    }
}
