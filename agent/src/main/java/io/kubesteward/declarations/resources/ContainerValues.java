package io.kubesteward.declarations.resources;

import java.util.List;

/** A container of a pod template as a file writes it: its name, where it starts, and the cpu and memory values it sets. */
record ContainerValues(String name, int offset, List<ResourceValue> values) {
    ContainerValues {
        values = List.copyOf(values);
    }
}
