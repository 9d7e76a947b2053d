package io.kubesteward.declarations.flux;

import io.kubesteward.declarations.RepoPaths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * kustomize's namespace transformer, approximated by folders: an object without
 * {@code metadata.namespace} gets the {@code namespace:} of the nearest kustomization in its folder
 * or a folder above that sets one.
 */
final class KustomizeNamespaces {
    private final Map<String, String> namespaceByFolder = new HashMap<>();

    KustomizeNamespaces(List<FluxFile> files) {
        for (FluxFile file : files) {
            if (file.kustomizationNamespace() != null) {
                namespaceByFolder.putIfAbsent(RepoPaths.folder(file.path()), file.kustomizationNamespace());
            }
        }
    }

    /** The object's namespace as written, else as inferred, else null. */
    String namespaceOf(ObjectMeta meta) {
        if (meta.namespace() != null) {
            return meta.namespace();
        }
        for (String folder = RepoPaths.folder(meta.file()); folder != null; folder = RepoPaths.parent(folder)) {
            String namespace = namespaceByFolder.get(folder);
            if (namespace != null) {
                return namespace;
            }
        }
        return null;
    }
}
