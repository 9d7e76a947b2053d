package io.kubesteward.model;

import java.time.Instant;
import java.util.List;

/** A running (or failed) pod of a workload: its name, node, phase, start time and per-container facts. */
public record PodFacts(String name, String nodeName, String phase, Instant startTime, List<ContainerFacts> containers) {
    public PodFacts {
        ClusterCopies.required(name, "pod name");
        containers = ClusterCopies.list(containers);
    }
}
