package io.kubesteward.cluster.fabric8;

import io.fabric8.kubernetes.api.model.LimitRangeItem;
import io.fabric8.kubernetes.api.model.Node;
import io.kubesteward.model.ClusterNode;
import io.kubesteward.model.LimitRange;
import io.kubesteward.model.ResourceQuota;
import java.util.ArrayList;
import java.util.List;

/** What bounds sizing: LimitRanges, ResourceQuotas and nodes' allocatable. */
final class CapacityConversion {
    private CapacityConversion() {
    }

    static LimitRange limitRange(io.fabric8.kubernetes.api.model.LimitRange range) {
        List<io.kubesteward.model.LimitRangeItem> items = new ArrayList<>();
        if (range.getSpec() != null && range.getSpec().getLimits() != null) {
            for (LimitRangeItem item : range.getSpec().getLimits()) {
                items.add(new io.kubesteward.model.LimitRangeItem(item.getType(), Quantities.texts(item.getMin()),
                        Quantities.texts(item.getMax()), Quantities.texts(item.getDefault()), Quantities.texts(item.getDefaultRequest()),
                        Quantities.texts(item.getMaxLimitRequestRatio())));
            }
        }
        return new LimitRange(range.getMetadata().getNamespace(), range.getMetadata().getName(), items);
    }

    static ResourceQuota resourceQuota(io.fabric8.kubernetes.api.model.ResourceQuota quota) {
        return new ResourceQuota(quota.getMetadata().getNamespace(), quota.getMetadata().getName(),
                quota.getSpec() == null ? null : Quantities.texts(quota.getSpec().getHard()),
                quota.getStatus() == null ? null : Quantities.texts(quota.getStatus().getUsed()));
    }

    static ClusterNode node(Node node) {
        boolean cordoned = node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable());
        return new ClusterNode(node.getMetadata().getName(),
                node.getStatus() == null ? null : Quantities.texts(node.getStatus().getAllocatable()),
                node.getStatus() == null ? null : Quantities.texts(node.getStatus().getCapacity()),
                Metadata.labels(node.getMetadata()), cordoned);
    }
}
