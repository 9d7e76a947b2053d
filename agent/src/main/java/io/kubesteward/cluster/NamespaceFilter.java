package io.kubesteward.cluster;

import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.UnreadableResource;

/** Narrows an inventory to the namespaces the options want, so a snapshot answers like a live read with the same options. */
public final class NamespaceFilter {
    private NamespaceFilter() {
    }

    public static ClusterInventory apply(ClusterInventory inventory, ReadOptions options) {
        if (options.includeNamespaces().isEmpty() && options.excludeNamespaces().isEmpty()) {
            return inventory;
        }
        return new ClusterInventory(
                inventory.origin(),
                inventory.serverVersion(),
                inventory.nodes(),
                inventory.workloads().stream().filter(w -> options.wants(w.ref().namespace())).toList(),
                inventory.hpas().stream().filter(h -> options.wants(h.namespace())).toList(),
                inventory.vpas().stream().filter(v -> options.wants(v.namespace())).toList(),
                inventory.vpaCheckpoints().stream().filter(c -> options.wants(c.namespace())).toList(),
                inventory.limitRanges().stream().filter(l -> options.wants(l.namespace())).toList(),
                inventory.resourceQuotas().stream().filter(q -> options.wants(q.namespace())).toList(),
                inventory.fluxHelmReleases().stream().filter(r -> options.wants(r.namespace())).toList(),
                inventory.argoApplications().stream().filter(a -> options.wants(a.namespace())).toList(),
                inventory.helmReleases().stream().filter(r -> options.wants(r.namespace())).toList(),
                inventory.unreadable().stream().filter(u -> wanted(u, options)).toList());
    }

    private static boolean wanted(UnreadableResource entry, ReadOptions options) {
        return entry.namespace() == null || options.wants(entry.namespace());
    }
}
