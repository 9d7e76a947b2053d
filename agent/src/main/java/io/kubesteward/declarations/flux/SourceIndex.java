package io.kubesteward.declarations.flux;

import io.kubesteward.declarations.RepoPaths;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds a source object of one kind anywhere in the repository by name and namespace, as Flux
 * would in the cluster, with two allowances for what Git does not say.
 */
final class SourceIndex<T extends FluxSource> {
    private final String kind;
    private final List<T> sources;
    private final KustomizeNamespaces namespaces;

    SourceIndex(String kind, List<T> sources, KustomizeNamespaces namespaces) {
        this.kind = kind;
        this.sources = sources.stream()
                .filter(source -> source.meta().name() != null)
                .sorted(Comparator.comparing((T source) -> source.meta().file()).thenComparingInt(source -> source.meta().offset()))
                .toList();
        this.namespaces = namespaces;
    }

    /**
     * {@code namespace} is the namespace to look in (null when unknown); {@code namespaceWritten}
     * says whether the reference wrote it or it was defaulted from the referring object.
     */
    SourceLookup<T> find(String name, String namespace, boolean namespaceWritten, String fromFile) {
        List<T> named = sources.stream().filter(source -> source.meta().name().equals(name)).toList();
        List<T> exact = named.stream().filter(source -> namespace != null && namespace.equals(namespaces.namespaceOf(source.meta()))).toList();
        if (!exact.isEmpty()) {
            // the same name and namespace in several folders: a monorepo of clusters; take the nearest
            return SourceLookup.found(nearest(exact, fromFile));
        }
        // Git often leaves a namespace out on one side (HelmRepositories in flux-system referred to
        // without namespace); then one unambiguous source of that name is the one meant
        List<T> loose = named.stream().filter(source -> !namespaceWritten || source.meta().namespace() == null).toList();
        if (!loose.isEmpty() && loose.stream().map(FluxSource::target).distinct().count() == 1) {
            return SourceLookup.found(nearest(loose, fromFile));
        }
        if (loose.size() > 1) {
            return SourceLookup.failed("several " + kind + "s named '" + name + "' point at different places ("
                    + loose.stream().map(source -> source.meta().file()).collect(Collectors.joining(", "))
                    + ") and the namespace does not tell which one is meant");
        }
        return SourceLookup.failed("no " + kind + " '" + name + "'"
                + (namespace == null ? "" : " in namespace '" + namespace + "'") + " in this repository");
    }

    private T nearest(List<T> candidates, String fromFile) {
        T best = candidates.get(0);
        for (T candidate : candidates) {
            if (RepoPaths.sharedFolders(candidate.meta().file(), fromFile) > RepoPaths.sharedFolders(best.meta().file(), fromFile)) {
                best = candidate;
            }
        }
        return best;
    }
}
