package io.kubesteward.cluster.snapshot;

import java.util.List;
import java.util.function.Function;

/** A namespace file's records must all live in the namespace the file is for: a hand edit that moves one is a mistake. */
final class NamespaceCheck {
    private NamespaceCheck() {
    }

    static void sameNamespace(String file, NamespaceFile content) throws SnapshotInvalid {
        String namespace = content.namespace();
        if (namespace == null || namespace.isBlank()) {
            throw SnapshotErrors.at(file, "has no 'namespace' field; a namespace file names the namespace it holds");
        }
        check(file, namespace, "workloads", content.workloads(), w -> w.ref().namespace());
        check(file, namespace, "hpas", content.hpas(), h -> h.namespace());
        check(file, namespace, "vpas", content.vpas(), v -> v.namespace());
        check(file, namespace, "vpaCheckpoints", content.vpaCheckpoints(), c -> c.namespace());
        check(file, namespace, "limitRanges", content.limitRanges(), l -> l.namespace());
        check(file, namespace, "resourceQuotas", content.resourceQuotas(), q -> q.namespace());
        check(file, namespace, "fluxHelmReleases", content.fluxHelmReleases(), r -> r.namespace());
        check(file, namespace, "argoApplications", content.argoApplications(), a -> a.namespace());
        check(file, namespace, "helmReleases", content.helmReleases(), r -> r.namespace());
    }

    private static <T> void check(String file, String namespace, String field, List<T> items, Function<T, String> namespaceOf)
            throws SnapshotInvalid {
        for (int i = 0; i < items.size(); i++) {
            String actual = namespaceOf.apply(items.get(i));
            if (!namespace.equals(actual)) {
                throw SnapshotErrors.at(file, field + "[" + i + "] is in namespace " + actual + " but the file is for namespace " + namespace);
            }
        }
    }
}
