package io.kubesteward.pipeline;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Problem;
import io.kubesteward.planning.Plan;
import io.kubesteward.planning.Proposal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** scan → resolve aliases → look up → plan. Per-item failures stay in the result; nothing here throws for them. */
public final class PlanPipeline {
    /** Choosing again with dates can pick another version whose digest is still unknown; this bounds the back and forth. */
    private static final int MAX_DETAIL_PASSES = 3;
    private final Progress progress;

    public PlanPipeline(Progress progress) {
        this.progress = progress;
    }

    /** The plan, each proposal's edit by branch, and every problem met on the way. */
    public record Result(Plan plan, Map<String, ProposalEdits.Edited> edits, List<Problem> problems) {
    }

    public Result run(PlanRequest request) {
        progress.step("scanning " + request.files().size() + " files");
        Extracted extracted = request.extractors().apply(request.files());
        List<Declaration> declarations = RepositoryAliases.resolve(extracted.declarations(), request.repositoryAliases());
        long lookups = declarations.stream().filter(d -> !d.skipped()).map(Declaration::pkg).distinct().count();
        progress.step("looking up " + lookups + " packages");
        Map<PackageRef, LookupResult> results = Lookups.run(declarations, request.sources());
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
        Map<String, ProposalEdits.Edited> edits = new LinkedHashMap<>();
        if (!plan.proposals().isEmpty()) {
            progress.step("editing " + plan.proposals().size() + " proposals");
        }
        for (Proposal proposal : plan.proposals()) {
            edits.put(proposal.branch(), request.edits().edit(request.files(), proposal));
        }
        List<Problem> problems = new ArrayList<>(request.readProblems());
        problems.addAll(extracted.problems());
        return new Result(plan, edits, problems);
    }
}
