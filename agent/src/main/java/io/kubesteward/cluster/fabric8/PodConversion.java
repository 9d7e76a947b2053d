package io.kubesteward.cluster.fabric8;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.kubesteward.model.ContainerFacts;
import io.kubesteward.model.ContainerRole;
import io.kubesteward.model.PodFacts;
import io.kubesteward.model.Termination;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A pod's status as per-container facts: image ID, restarts, current start, waiting reason, last termination (OOMKilled). */
final class PodConversion {
    private PodConversion() {
    }

    static PodFacts facts(Pod pod) {
        PodStatus status = pod.getStatus();
        String node = pod.getSpec() == null ? null : pod.getSpec().getNodeName();
        if (status == null) {
            return new PodFacts(pod.getMetadata().getName(), node, null, null, List.of());
        }
        List<ContainerFacts> containers = new ArrayList<>();
        for (ContainerStatus container : orEmpty(status.getContainerStatuses())) {
            containers.add(container(container, ContainerRole.CONTAINER));
        }
        for (ContainerStatus container : orEmpty(status.getInitContainerStatuses())) {
            containers.add(container(container, initRole(pod, container.getName())));
        }
        return new PodFacts(pod.getMetadata().getName(), node, status.getPhase(), Times.parse(status.getStartTime()), containers);
    }

    private static ContainerFacts container(ContainerStatus status, ContainerRole role) {
        ContainerState state = status.getState();
        Instant startedAt = state != null && state.getRunning() != null ? Times.parse(state.getRunning().getStartedAt()) : null;
        String waiting = state != null && state.getWaiting() != null ? state.getWaiting().getReason() : null;
        Termination current = termination(state == null ? null : state.getTerminated());
        Termination last = termination(status.getLastState() == null ? null : status.getLastState().getTerminated());
        int restarts = status.getRestartCount() == null ? 0 : status.getRestartCount();
        return new ContainerFacts(status.getName(), role, status.getImageID(), restarts, startedAt, waiting, current, last);
    }

    private static Termination termination(ContainerStateTerminated terminated) {
        return terminated == null ? null : new Termination(terminated.getReason(), terminated.getExitCode(),
                Times.parse(terminated.getStartedAt()), Times.parse(terminated.getFinishedAt()));
    }

    private static ContainerRole initRole(Pod pod, String name) {
        if (pod.getSpec() == null || pod.getSpec().getInitContainers() == null) {
            return ContainerRole.INIT;
        }
        for (Container init : pod.getSpec().getInitContainers()) {
            if (name.equals(init.getName())) {
                return PodTemplates.role(init);
            }
        }
        return ContainerRole.INIT;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
