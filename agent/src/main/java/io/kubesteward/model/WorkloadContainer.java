package io.kubesteward.model;

import java.util.List;

/**
 * A container of a workload's pod template, with the image IDs its running pods report (digests;
 * more than one during a rollout) and any managed-heap runtime hint.
 */
public record WorkloadContainer(
        String name,
        ContainerRole role,
        String image,
        List<String> imageIds,
        ContainerResources resources,
        List<HeapHint> heapHints) {

    public WorkloadContainer {
        ClusterCopies.required(name, "container name");
        role = role == null ? ContainerRole.CONTAINER : role;
        imageIds = imageIds == null ? List.of() : imageIds.stream().distinct().sorted().toList();
        resources = resources == null ? ContainerResources.NONE : resources;
        heapHints = ClusterCopies.list(heapHints);
    }

    public boolean managedHeap() {
        return !heapHints.isEmpty();
    }
}
