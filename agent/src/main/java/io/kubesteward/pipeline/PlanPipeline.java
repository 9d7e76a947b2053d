package io.kubesteward.pipeline;

import io.kubesteward.addons.AddonCatalogue;
import io.kubesteward.addons.ClusterFindings;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Problem;
import io.kubesteward.planning.Plan;
import io.kubesteward.planning.Proposal;
import io.kubesteward.planning.rightsizing.RightsizingPlan;
import io.kubesteward.planning.rightsizing.RightsizingProposal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** scan → resolve aliases → look up → plan → look inside charts. Per-item failures stay in the result; nothing here throws for them. */
public final class PlanPipeline {
    /** Choosing again with dates can pick another version whose digest is still unknown; this bounds the back and forth. */
    private static final int MAX_DETAIL_PASSES = 3;
    private final Progress progress;
    private final AddonCatalogue addons;

    public PlanPipeline(Progress progress) {
        this(progress, AddonCatalogue.EMPTY);
    }

    /** {@code addons}: what to look for in the request's cluster, when it has one. */
    public PlanPipeline(Progress progress, AddonCatalogue addons) {
        this.progress = progress;
        this.addons = addons;
    }

    /**
     * The plan, each proposal's edit by branch, and every problem met on the way; {@code cluster} is
     * what the cluster adds (add-ons, drift, what could not be read), null when no cluster was read;
     * {@code rightsizing} the cluster's rightsizing, null without a cluster (its edits are in {@code edits} too).
     */
    public record Result(Plan plan, Map<String, ProposalEdits.Edited> edits, List<Problem> problems, ClusterFindings cluster,
                         RightsizingPlan rightsizing) {
        public Result(Plan plan, Map<String, ProposalEdits.Edited> edits, List<Problem> problems) {
            this(plan, edits, problems, null, null);
        }

        public Result(Plan plan, Map<String, ProposalEdits.Edited> edits, List<Problem> problems, ClusterFindings cluster) {
            this(plan, edits, problems, cluster, null);
        }

        /**
         * Every proposal to deliver, one pull request each: rightsizing driven by OOM kills first, then
         * the version updates, then the other rightsizing proposals.
         */
        public List<Proposal> deliverable() {
            List<Proposal> all = new ArrayList<>();
            List<RightsizingProposal> sized = rightsizing == null ? List.of() : rightsizing.proposals();
            sized.stream().filter(RightsizingProposal::reliability).map(RightsizingProposal::asDelivery).forEach(all::add);
            all.addAll(plan.proposals());
            sized.stream().filter(p -> !p.reliability()).map(RightsizingProposal::asDelivery).forEach(all::add);
            return all;
        }
    }

    public Result run(PlanRequest request) {
        progress.step("scanning " + request.files().size() + " files");
        Extracted extracted = request.extractors().apply(request.files());
        List<Declaration> declarations = RepositoryAliases.resolve(extracted.declarations(), request.repositoryAliases());
        ClusterStep cluster = ClusterStep.of(request.cluster(), addons, declarations);
        List<Declaration> toLookUp = cluster.withLookups(declarations);
        long lookups = toLookUp.stream().filter(d -> !d.skipped()).map(Declaration::pkg).distinct().count();
        progress.step("looking up " + lookups + " packages");
        Map<PackageRef, LookupResult> results = Lookups.run(toLookUp, request.sources());
        progress.step("planning " + declarations.size() + " declarations");
        Plan plan = request.planner().plan(declarations, results);
        Details details = new Details();
        for (int pass = 0; pass < MAX_DETAIL_PASSES; pass++) {
            Map<PackageRef, LookupResult> completed = details.complete(request.planner().detailsNeeded(plan, results), results,
                    request.sources());
            if (completed == null) {
                break;
            }
            progress.step("asking registries for digests and dates");
            results = completed;
            plan = request.planner().plan(declarations, results);
        }
        if (request.insight() != null) {
            plan = ImpactStep.run(plan, results, request.insight(), progress);
        }
        Map<String, ProposalEdits.Edited> edits = new LinkedHashMap<>();
        if (!plan.proposals().isEmpty()) {
            progress.step("editing " + plan.proposals().size() + " proposals");
        }
        for (Proposal proposal : plan.proposals()) {
            edits.put(proposal.branch(), request.edits().edit(request.files(), proposal));
        }
        List<Problem> problems = new ArrayList<>(request.readProblems());
        problems.addAll(extracted.problems());
        RightsizingPlan rightsizing = RightsizingStep.run(request, extracted, declarations, results, edits, progress);
        return new Result(plan, edits, problems, cluster.finish(request.planner(), plan, results), rightsizing);
    }
}
