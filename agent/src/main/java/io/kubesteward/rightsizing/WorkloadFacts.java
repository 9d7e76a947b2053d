package io.kubesteward.rightsizing;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One workload as the policy sees it.
 *
 * @param replicas             replicas to price and to check quota with (current, or the HPA's recent average)
 * @param podTemplateChangedAt when the pod template (image or resources) last changed; null if unknown
 * @param hpaResources         resources an HPA scales this workload on (Resource/ContainerResource metrics)
 * @param vpa                  the workload's VPA; null when it has none
 * @param constraints          LimitRange, ResourceQuota headroom and largest node for its namespace
 */
public record WorkloadFacts(
        String namespace,
        ControllerKind kind,
        String name,
        int replicas,
        Instant podTemplateChangedAt,
        Set<Resource> hpaResources,
        VpaStatus vpa,
        Constraints constraints,
        List<ContainerSizingFacts> containers) {

    public WorkloadFacts {
        if (namespace == null || name == null || kind == null) {
            throw new IllegalArgumentException("a workload needs a namespace, a kind and a name");
        }
        if (replicas < 0) {
            throw new IllegalArgumentException("replicas cannot be negative: " + replicas);
        }
        hpaResources = hpaResources == null ? Set.of() : Set.copyOf(hpaResources);
        constraints = constraints == null ? Constraints.NONE : constraints;
        containers = containers == null ? List.of() : List.copyOf(containers);
    }

    /** {@code namespace/Kind/name}, for people. */
    public String id() {
        return namespace + "/" + kind.kind() + "/" + name;
    }

    /** How many containers share the VPA's per-pod minimum: those it recommends for. */
    public int recommendedContainers() {
        return (int) containers.stream().filter(c -> !c.recommendation().isEmpty()).count();
    }

    public WorkloadFacts withContainers(List<ContainerSizingFacts> newContainers) {
        return new WorkloadFacts(namespace, kind, name, replicas, podTemplateChangedAt, hpaResources, vpa, constraints, newContainers);
    }

    public WorkloadFacts withConstraints(Constraints newConstraints) {
        return new WorkloadFacts(namespace, kind, name, replicas, podTemplateChangedAt, hpaResources, vpa, newConstraints, containers);
    }

    public WorkloadFacts withHpa(Set<Resource> resources) {
        return new WorkloadFacts(namespace, kind, name, replicas, podTemplateChangedAt, resources, vpa, constraints, containers);
    }

    public WorkloadFacts withKind(ControllerKind newKind) {
        return new WorkloadFacts(namespace, newKind, name, replicas, podTemplateChangedAt, hpaResources, vpa, constraints, containers);
    }

    public WorkloadFacts withVpa(VpaStatus newVpa) {
        return new WorkloadFacts(namespace, kind, name, replicas, podTemplateChangedAt, hpaResources, newVpa, constraints, containers);
    }
}
