package io.kubesteward.model;

import java.util.Comparator;

/** One workload in the cluster: kind, namespace and name, e.g. Deployment apps/podinfo. */
public record WorkloadRef(WorkloadKind kind, String namespace, String name) implements Comparable<WorkloadRef> {
    private static final Comparator<WorkloadRef> ORDER = Comparator.comparing(WorkloadRef::namespace)
            .thenComparing(WorkloadRef::kind).thenComparing(WorkloadRef::name);

    public WorkloadRef {
        if (kind == null) {
            throw new IllegalArgumentException("workload kind is required");
        }
        ClusterCopies.required(namespace, "workload namespace");
        ClusterCopies.required(name, "workload name");
    }

    @Override
    public int compareTo(WorkloadRef other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return kind.kind() + " " + namespace + "/" + name;
    }
}
