package io.kubesteward.planning.rightsizing;

import java.time.Instant;
import java.util.List;

/**
 * Rightsizing for one cluster: every workload's result, the pull requests (one per application;
 * reliability ones first), and what could not be read. {@code readAt} is the time the policy judged
 * by: when the cluster was read, so a snapshot gives the same answer on any day. {@code prices} and
 * {@code hoursPerMonth} are what savings were priced with; {@code cooldown} how long no decrease follows a merged change.
 */
public record RightsizingPlan(String cluster, Instant readAt, List<WorkloadResult> workloads, List<RightsizingProposal> proposals,
                              List<String> problems, io.kubesteward.rightsizing.Prices prices, java.math.BigDecimal hoursPerMonth,
                              String cooldown) {
    public RightsizingPlan {
        workloads = List.copyOf(workloads);
        proposals = List.copyOf(proposals);
        problems = List.copyOf(problems);
    }
}
