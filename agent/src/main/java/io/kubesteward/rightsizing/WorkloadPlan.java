package io.kubesteward.rightsizing;

import java.util.List;

/** The policy's answer for one workload: a verdict per container, the quota checks, the monthly saving, and the pod's QoS class before and after. */
public record WorkloadPlan(
        String namespace,
        ControllerKind kind,
        String name,
        List<Verdict> containers,
        List<QuotaCheck> quotaChecks,
        Saving saving,
        QosClass qosBefore,
        QosClass qosAfter) {

    public WorkloadPlan {
        containers = List.copyOf(containers);
        quotaChecks = List.copyOf(quotaChecks);
    }

    public List<Proposal> proposals() {
        return containers.stream().filter(Proposal.class::isInstance).map(Proposal.class::cast).toList();
    }

    public boolean changes() {
        return !proposals().isEmpty();
    }

    public boolean increases() {
        return proposals().stream().anyMatch(Proposal::increases);
    }

    /** OOM-driven: label it {@code reliability} and deliver it first. */
    public boolean reliability() {
        return proposals().stream().anyMatch(Proposal::reliability);
    }

    public String id() {
        return namespace + "/" + kind.kind() + "/" + name;
    }
}
