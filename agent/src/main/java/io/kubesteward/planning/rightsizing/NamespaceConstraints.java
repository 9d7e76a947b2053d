package io.kubesteward.planning.rightsizing;

import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.ClusterNode;
import io.kubesteward.model.LimitRange;
import io.kubesteward.model.LimitRangeItem;
import io.kubesteward.model.Quantity;
import io.kubesteward.model.ResourceQuota;
import io.kubesteward.rightsizing.Constraints;
import io.kubesteward.rightsizing.Resource;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * A namespace's LimitRange (Container items), its ResourceQuota headroom (hard − used, the least of
 * several quotas) and the largest node's allocatable, as the policy's {@link Constraints}. Computed
 * once per namespace.
 */
final class NamespaceConstraints {
    private final ClusterInventory cluster;
    private final Map<Resource, Quantity> largestNode;
    private final Map<String, Constraints> byNamespace = new HashMap<>();

    NamespaceConstraints(ClusterInventory cluster) {
        this.cluster = cluster;
        this.largestNode = largestNode(cluster);
    }

    Constraints of(String namespace) {
        return byNamespace.computeIfAbsent(namespace, this::compute);
    }

    private Constraints compute(String namespace) {
        Map<Resource, Quantity> min = new EnumMap<>(Resource.class);
        Map<Resource, Quantity> max = new EnumMap<>(Resource.class);
        Map<Resource, Quantity> defaultLimit = new EnumMap<>(Resource.class);
        Map<Resource, Quantity> defaultRequest = new EnumMap<>(Resource.class);
        Map<Resource, BigDecimal> ratio = new EnumMap<>(Resource.class);
        for (LimitRange range : cluster.limitRangesIn(namespace)) {
            for (LimitRangeItem item : range.items()) {
                if (!"Container".equals(item.type())) {
                    continue;
                }
                for (Resource r : Resource.values()) {
                    put(min, r, item.min().get(r.id()), true);
                    put(max, r, item.max().get(r.id()), false);
                    put(defaultLimit, r, item.defaultLimits().get(r.id()), false);
                    put(defaultRequest, r, item.defaultRequests().get(r.id()), false);
                    Quantity q = Quantities.parse(item.maxLimitRequestRatio().get(r.id()));
                    if (q != null) {
                        ratio.merge(r, q.amount(), BigDecimal::min);
                    }
                }
            }
        }
        Map<Resource, Quantity> requests = new EnumMap<>(Resource.class);
        Map<Resource, Quantity> limits = new EnumMap<>(Resource.class);
        for (ResourceQuota quota : cluster.resourceQuotasIn(namespace)) {
            for (Resource r : Resource.values()) {
                headroom(requests, r, quota, "requests." + r.id());
                headroom(requests, r, quota, r.id());
                headroom(limits, r, quota, "limits." + r.id());
            }
        }
        return new Constraints(min, max, defaultLimit, defaultRequest, ratio, requests, limits, largestNode);
    }

    /** Several LimitRanges: the strictest floor and cap. */
    private static void put(Map<Resource, Quantity> map, Resource r, String text, boolean floor) {
        Quantity q = Quantities.parse(text);
        if (q != null) {
            map.merge(r, q, (a, b) -> floor ? a.max(b) : a.min(b));
        }
    }

    private static void headroom(Map<Resource, Quantity> map, Resource r, ResourceQuota quota, String key) {
        Quantity hard = Quantities.parse(quota.hard().get(key));
        if (hard == null) {
            return;
        }
        Quantity used = Quantities.parse(quota.used().get(key));
        Quantity left = used == null ? hard : hard.minus(used);
        map.merge(r, left, Quantity::min);
    }

    private static Map<Resource, Quantity> largestNode(ClusterInventory cluster) {
        Map<Resource, Quantity> largest = new EnumMap<>(Resource.class);
        for (ClusterNode node : cluster.nodes()) {
            for (Resource r : Resource.values()) {
                Quantity q = Quantities.parse(node.allocatable().get(r.id()));
                if (q != null) {
                    largest.merge(r, q, Quantity::max);
                }
            }
        }
        return largest;
    }
}
