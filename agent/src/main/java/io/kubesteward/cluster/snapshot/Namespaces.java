package io.kubesteward.cluster.snapshot;

import io.kubesteward.model.ClusterInventory;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** Splits an inventory by namespace for writing. */
final class Namespaces {
    private Namespaces() {
    }

    static NamespaceFile file(ClusterInventory inventory, String namespace) {
        return new NamespaceFile(SnapshotFormat.API_VERSION, NamespaceFile.KIND, namespace,
                in(inventory.workloads(), w -> w.ref().namespace(), namespace),
                in(inventory.hpas(), h -> h.namespace(), namespace),
                in(inventory.vpas(), v -> v.namespace(), namespace),
                in(inventory.vpaCheckpoints(), c -> c.namespace(), namespace),
                in(inventory.limitRanges(), l -> l.namespace(), namespace),
                in(inventory.resourceQuotas(), q -> q.namespace(), namespace),
                in(inventory.fluxHelmReleases(), r -> r.namespace(), namespace),
                in(inventory.argoApplications(), a -> a.namespace(), namespace),
                in(inventory.helmReleases(), r -> r.namespace(), namespace));
    }

    private static <T> List<T> in(List<T> items, Function<T, String> namespaceOf, String namespace) {
        Predicate<T> here = item -> namespace.equals(namespaceOf.apply(item));
        return items.stream().filter(here).toList();
    }
}
