package io.kubesteward.app;

import io.kubesteward.config.StewardConfig;
import io.kubesteward.forge.Forge;
import io.kubesteward.gitops.Workspace;
import io.kubesteward.pipeline.DeliveryRequest;
import io.kubesteward.planning.Proposal;
import io.kubesteward.planning.Update;
import io.kubesteward.policy.EffectivePolicy;
import io.kubesteward.policy.Policy;
import io.kubesteward.report.PullRequestBody;
import io.kubesteward.report.Report;
import io.kubesteward.report.RightsizingEntry;
import io.kubesteward.report.RightsizingPullRequestBody;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Assembles what delivery needs: bodies rendered from the report, labels and people from config and rules. */
final class DeliveryRequests {
    private DeliveryRequests() {
    }

    static DeliveryRequest of(Planned planned, StewardConfig config, Workspace workspace, Forge forge, DeliveryRequest.Gates gates) {
        Map<String, String> bodies = new HashMap<>();
        for (Report.ProposalEntry p : planned.report().proposals()) {
            bodies.put(p.branch(), PullRequestBody.text(p));
        }
        RightsizingEntry rightsizing = planned.report().rightsizing();
        if (rightsizing != null) {
            rightsizing.proposals().forEach(p -> bodies.put(p.branch(), RightsizingPullRequestBody.text(rightsizing, p)));
        }
        Map<String, List<String>> sizedLabels = new HashMap<>();
        if (planned.result().rightsizing() != null) {
            planned.result().rightsizing().proposals().forEach(p -> sizedLabels.put(p.branch(), p.labels()));
        }
        Policy policy = new Policy(config.packageRules());
        Map<String, List<String>> labels = new HashMap<>();
        Map<String, List<String>> reviewers = new HashMap<>();
        Map<String, List<String>> assignees = new HashMap<>();
        List<Proposal> proposals = planned.result().deliverable();
        for (Proposal p : proposals) {
            Set<String> l = new LinkedHashSet<>(config.forge().labels());
            l.addAll(sizedLabels.getOrDefault(p.branch(), List.of()));
            Set<String> r = new LinkedHashSet<>();
            Set<String> a = new LinkedHashSet<>();
            for (Update u : p.updates()) {
                EffectivePolicy e = policy.forDeclaration(u.declaration());
                l.addAll(e.labels());
                r.addAll(e.reviewers());
                a.addAll(e.assignees());
            }
            labels.put(p.branch(), List.copyOf(l));
            reviewers.put(p.branch(), List.copyOf(r));
            assignees.put(p.branch(), List.copyOf(a));
        }
        return new DeliveryRequest(proposals, planned.result().edits(), bodies, labels, reviewers,
                assignees, workspace, forge, config.git().branchPrefix(), config.forge().maxPrsPerRun(), config.forge().maxOpenPrs(),
                gates, io.kubesteward.pipeline.DeliveryPipeline.onBlocking(config.charts().analysisOrDefaults().blocking()));
    }
}
