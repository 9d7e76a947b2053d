package io.kubesteward.declarations.resources;

import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.model.ContainerResourceRef;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.SkipReason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * kustomize's build, as far as resources go: each top kustomization (one no other kustomization
 * includes) takes its resources in order, then its patches, an outer kustomization's namespace
 * winning over an inner one's and over the object's own. A value is declared where the last layer
 * that writes it sits. Files no kustomization includes are plain manifests.
 */
final class KustomizeBuild {
    static final SkipReason NOT_A_VERSION = new SkipReason(SkipReason.Code.NOT_A_VERSION,
            "a container's resources: rightsizing sizes them from the cluster's VPA recommendations; they are not looked up");

    /** One value (or a container's presence, {@code value} null) as one layer writes it. */
    private record Layer(ContainerResourceRef ref, String file, ResourceValue value, int offset) {
    }

    private final Map<String, ResourceFile> byPath = new HashMap<>();
    private final Map<String, Kustomization> byFolder = new HashMap<>();

    KustomizeBuild(List<ResourceFile> files) {
        for (ResourceFile file : files) {
            byPath.put(file.path(), file);
            if (file.kustomization() != null) {
                byFolder.putIfAbsent(file.kustomization().folder(), file.kustomization());
            }
        }
    }

    List<ExtractedDeclaration> declarations() {
        Set<String> included = new HashSet<>();
        Set<String> nested = new HashSet<>();
        for (Kustomization k : byFolder.values()) {
            for (String resource : k.resources()) {
                (byFolder.containsKey(resource) ? nested : included).add(resource);
            }
            included.addAll(k.patches());
        }
        List<ExtractedDeclaration> out = new ArrayList<>();
        byFolder.values().stream().filter(k -> !nested.contains(k.folder()))
                .forEach(root -> out.addAll(declare(build(root, null, new HashSet<>()), root.folder())));
        for (ResourceFile file : byPath.values()) {
            if (!included.contains(file.path())) {
                List<Layer> layers = new ArrayList<>();
                layers(file, null, false, layers);
                out.addAll(declare(layers, null));
            }
        }
        return out;
    }

    private List<Layer> build(Kustomization k, String outerNamespace, Set<String> building) {
        List<Layer> layers = new ArrayList<>();
        if (!building.add(k.folder())) {
            return layers;
        }
        String namespace = outerNamespace != null ? outerNamespace : k.namespace();
        for (String resource : k.resources()) {
            Kustomization nested = byFolder.get(resource);
            if (nested != null) {
                layers.addAll(build(nested, namespace, building));
            } else if (byPath.containsKey(resource)) {
                layers(byPath.get(resource), namespace, false, layers);
            }
        }
        for (String patch : k.patches()) {
            if (byPath.containsKey(patch)) {
                layers(byPath.get(patch), namespace, true, layers);
            }
        }
        building.remove(k.folder());
        return layers;
    }

    private static void layers(ResourceFile file, String namespace, boolean patch, List<Layer> out) {
        for (WorkloadObject w : file.workloads()) {
            String ns = namespace != null ? namespace : w.namespace();
            for (ContainerValues c : w.containers()) {
                ContainerResourceRef container = new ContainerResourceRef(w.kind(), ns, w.name(), c.name(), null, null);
                if (!patch) {
                    out.add(new Layer(container, file.path(), null, c.offset()));
                }
                for (ResourceValue v : c.values()) {
                    out.add(new Layer(container.withField(v.field()), file.path(), v, v.scalar().offset()));
                }
            }
        }
    }

    /** The last layer of each value wins; a container is declared by the first resource that holds it. */
    private static List<ExtractedDeclaration> declare(List<Layer> layers, String root) {
        Map<String, Layer> winners = new LinkedHashMap<>();
        for (Layer layer : layers) {
            String key = layer.ref().format();
            if (layer.value() == null) {
                winners.putIfAbsent(key, layer);
            } else {
                winners.put(key, layer);
            }
        }
        List<ExtractedDeclaration> out = new ArrayList<>();
        for (Layer layer : winners.values()) {
            ContainerResourceRef ref = new ContainerResourceRef(layer.ref().kind(), layer.ref().namespace(), layer.ref().name(),
                    layer.ref().container(), layer.ref().field(), root);
            Declaration d = new Declaration(layer.file(), DeclarationKind.CONTAINER_RESOURCES, ref.format(),
                    layer.value() == null ? null : layer.value().scalar().value(),
                    layer.value() == null ? null : layer.value().scalar().span(), null, NOT_A_VERSION);
            out.add(ExtractedDeclaration.at(layer.offset(), d));
        }
        return out;
    }
}
