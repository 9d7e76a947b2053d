package io.kubesteward.planning.rightsizing;

import io.kubesteward.model.WorkloadRef;
import io.kubesteward.rightsizing.WorkloadPlan;
import java.util.List;

/**
 * One workload of the cluster through rightsizing: its application, where its resources are
 * declared, the policy's plan for it, the branch of the pull request that carries its changes (null
 * when none does), why there is none when it changes something ({@code held}), and what could not
 * be read on the way.
 */
public record WorkloadResult(WorkloadRef ref, String app, SourceMatch source, WorkloadPlan plan, String branch, String held,
                             List<String> problems) {
    public WorkloadResult {
        problems = List.copyOf(problems);
    }

    WorkloadResult inProposal(String newBranch) {
        return new WorkloadResult(ref, app, source, plan, newBranch, null, problems);
    }

    WorkloadResult heldBack(String why) {
        return new WorkloadResult(ref, app, source, plan, null, why, problems);
    }
}
