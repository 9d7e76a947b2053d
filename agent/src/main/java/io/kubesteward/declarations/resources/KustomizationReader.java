package io.kubesteward.declarations.resources;

import io.kubesteward.declarations.RepoPaths;
import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads how a kustomization builds: namespace, resources and strategic-merge patch files. */
final class KustomizationReader {
    static final Set<String> FILE_NAMES = Set.of("kustomization.yaml", "kustomization.yml", "Kustomization");

    private KustomizationReader() {
    }

    static boolean isKustomization(String path) {
        return FILE_NAMES.contains(RepoPaths.fileName(path));
    }

    /** The kustomization of this document, or null when the document is not one (a Flux Kustomization, say). */
    static Kustomization read(String path, YamlDocument document) {
        Node root = document.root();
        String apiVersion = Nodes.text(root, "apiVersion");
        String kind = Nodes.text(root, "kind");
        if (apiVersion != null && !apiVersion.startsWith("kustomize.config.k8s.io/") || kind != null && !kind.equals("Kustomization")) {
            return null;
        }
        String folder = RepoPaths.folder(path);
        List<String> resources = new ArrayList<>();
        for (String list : List.of("resources", "bases", "components")) {
            paths(folder, Nodes.items(Nodes.get(root, list)), resources);
        }
        List<String> patches = new ArrayList<>();
        for (Node patch : Nodes.items(Nodes.get(root, "patches"))) {
            // a patch with a target may be a JSON 6902 patch, which holds no workload; reading it finds none
            String file = FolderPaths.resolve(folder, Nodes.text(patch, "path"));
            if (file != null) {
                patches.add(file);
            }
        }
        paths(folder, Nodes.items(Nodes.get(root, "patchesStrategicMerge")), patches);
        return new Kustomization(path, folder, Nodes.text(root, "namespace"), resources, patches);
    }

    private static void paths(String folder, List<Node> items, List<String> out) {
        for (Node item : items) {
            if (item instanceof ScalarNode scalar && scalar.getValue().indexOf('\n') < 0) {
                String resolved = FolderPaths.resolve(folder, scalar.getValue());
                if (resolved != null) {
                    out.add(resolved);
                }
            }
        }
    }
}
