package io.kubesteward.model;

import java.util.Map;

/**
 * A node: what pods may use ({@code allocatable}), its capacity, its labels (instance type, zone,
 * capacity type for prices) and whether it is cordoned. Quantities as written.
 */
public record ClusterNode(String name, Map<String, String> allocatable, Map<String, String> capacity,
        Map<String, String> labels, boolean unschedulable) {

    public static final String INSTANCE_TYPE = "node.kubernetes.io/instance-type";

    public ClusterNode {
        ClusterCopies.required(name, "node name");
        allocatable = ClusterCopies.map(allocatable);
        capacity = ClusterCopies.map(capacity);
        labels = ClusterCopies.map(labels);
    }
}
