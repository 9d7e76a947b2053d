package io.kubesteward.declarations.resources;

import java.util.List;

/**
 * A workload (or a strategic-merge patch of one) in a file: kind, {@code metadata.name}, the
 * {@code metadata.namespace} it writes (null when none) and its containers, init containers included.
 */
record WorkloadObject(String kind, String name, String namespace, List<ContainerValues> containers) {
    WorkloadObject {
        containers = List.copyOf(containers);
    }
}
