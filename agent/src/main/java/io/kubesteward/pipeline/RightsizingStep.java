package io.kubesteward.pipeline;

import io.kubesteward.planning.rightsizing.RightsizingPlan;
import io.kubesteward.planning.rightsizing.RightsizingPlanner;
import io.kubesteward.planning.rightsizing.RightsizingProposal;
import java.util.Map;

/**
 * Rightsizing in the plan: when a cluster was read, its workloads are judged against the
 * repository's container resources and each application's proposal is edited like a version
 * proposal, its edit kept by branch. Nothing here throws for one workload or one proposal.
 */
final class RightsizingStep {
    private RightsizingStep() {
    }

    /** The rightsizing plan, its edits added to {@code edits}; null when no cluster was read or rightsizing is not wired. */
    static RightsizingPlan run(PlanRequest request, Extracted extracted, Map<String, ProposalEdits.Edited> edits, Progress progress) {
        RightsizingRequest rightsizing = request.rightsizing();
        if (request.cluster() == null || rightsizing == null) {
            return null;
        }
        progress.step("rightsizing " + request.cluster().workloads().size() + " workloads");
        RightsizingPlan plan = new RightsizingPlanner(rightsizing.inputs()).plan(request.cluster(), extracted.resources(), rightsizing.now());
        if (!plan.proposals().isEmpty()) {
            progress.step("editing " + plan.proposals().size() + " rightsizing proposals");
        }
        for (RightsizingProposal proposal : plan.proposals()) {
            ProposalEdits.Edited edited;
            try {
                edited = rightsizing.edits().edit(request.files(), proposal);
            } catch (RuntimeException e) {
                // one proposal's edit must not cost the others
                edited = ProposalEdits.Edited.failed("editing failed unexpectedly (" + e + "); please report this");
            }
            edits.put(proposal.branch(), edited);
        }
        return plan;
    }
}
