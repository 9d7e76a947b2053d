package io.kubesteward.yamledit;

import io.kubesteward.declarations.RepoPaths;
import io.kubesteward.declarations.ScanResult;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.ContainerResourceRef;
import io.kubesteward.model.SourceFile;
import io.kubesteward.planning.rightsizing.RightsizingProposal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files a rightsizing edit is confirmed on: those it changes, every kustomization, and every
 * file a kustomize build takes resources from, which is all that decides where a container's values
 * are declared. Scanning these before and after the edit, rather than the whole repository, keeps
 * one confirmation to the size of the change: a run edits one proposal per application.
 */
final class ConfirmationScope {
    private static final Set<String> KUSTOMIZATIONS = Set.of("kustomization.yaml", "kustomization.yml", "Kustomization");

    private ConfirmationScope() {
    }

    /** The files kustomize builds take container resources from, by the whole repository's scan: the same for every proposal. */
    static Set<String> built(ScanResult whole) {
        Set<String> paths = new HashSet<>();
        for (Declaration d : whole.resources()) {
            if (!paths.contains(d.file()) && d.name().indexOf('@') >= 0) {
                ContainerResourceRef ref = ContainerResourceRef.parse(d.name());
                if (ref != null && ref.root() != null) {
                    paths.add(d.file());
                }
            }
        }
        return paths;
    }

    static List<SourceFile> of(List<SourceFile> files, Set<String> built, RightsizingProposal proposal) {
        Set<String> paths = new HashSet<>(built);
        proposal.values().forEach(v -> paths.add(v.declaration().file()));
        proposal.helmValues().forEach(h -> paths.add(h.key().target().block().file()));
        return files.stream().filter(f -> paths.contains(f.path()) || KUSTOMIZATIONS.contains(RepoPaths.fileName(f.path()))).toList();
    }
}
