package io.kubesteward.cluster.fabric8;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.kubesteward.model.ContainerResources;
import io.kubesteward.model.ContainerRole;
import io.kubesteward.model.WorkloadContainer;
import java.util.ArrayList;
import java.util.List;

/** A pod template's containers (then its init containers and native sidecars) with their resources as written. */
final class PodTemplates {
    private PodTemplates() {
    }

    static List<WorkloadContainer> containers(PodTemplateSpec template) {
        PodSpec spec = template == null ? null : template.getSpec();
        if (spec == null) {
            return List.of();
        }
        List<WorkloadContainer> containers = new ArrayList<>();
        for (Container container : orEmpty(spec.getContainers())) {
            containers.add(container(container, ContainerRole.CONTAINER));
        }
        for (Container container : orEmpty(spec.getInitContainers())) {
            containers.add(container(container, role(container)));
        }
        return containers;
    }

    static ContainerRole role(Container init) {
        return "Always".equals(init.getRestartPolicy()) ? ContainerRole.SIDECAR : ContainerRole.INIT;
    }

    private static WorkloadContainer container(Container container, ContainerRole role) {
        return new WorkloadContainer(container.getName(), role, container.getImage(), List.of(), resources(container.getResources()),
                HeapHints.of(container));
    }

    private static ContainerResources resources(ResourceRequirements resources) {
        if (resources == null) {
            return ContainerResources.NONE;
        }
        return new ContainerResources(Quantities.texts(resources.getRequests()), Quantities.texts(resources.getLimits()));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
