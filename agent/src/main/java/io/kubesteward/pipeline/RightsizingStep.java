package io.kubesteward.pipeline;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.planning.rightsizing.HelmRendered;
import io.kubesteward.planning.rightsizing.HelmTrace;
import io.kubesteward.planning.rightsizing.RightsizingPlan;
import io.kubesteward.planning.rightsizing.RightsizingPlanner;
import io.kubesteward.planning.rightsizing.RightsizingProposal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rightsizing in the plan: when a cluster was read, its workloads are judged against the repository's container
 * resources and, for the ones a Helm release renders, against the values keys traced by rendering; each
 * application's proposal is edited like a version proposal, its edit kept by branch, and every Helm values edit is
 * confirmed by rendering again (a workload whose edit is not confirmed leaves its proposal, with the reason). Nothing
 * here throws for one workload or one proposal.
 */
final class RightsizingStep {
    private RightsizingStep() {
    }

    /** The rightsizing plan, its edits added to {@code edits}; null when no cluster was read or rightsizing is not wired. */
    static RightsizingPlan run(PlanRequest request, Extracted extracted, List<Declaration> declarations, Map<PackageRef, LookupResult> results,
                               Map<String, ProposalEdits.Edited> edits, Progress progress) {
        RightsizingRequest rightsizing = request.rightsizing();
        if (request.cluster() == null || rightsizing == null) {
            return null;
        }
        Map<String, HelmTrace> traces = new LinkedHashMap<>();
        Map<io.kubesteward.model.Declaration, HelmTraceStep.Baseline> baselines = Map.of();
        ValuesTracing tracing = rightsizing.tracing();
        if (tracing != null) {
            List<HelmRendered.ChartRelease> charts = charts(declarations, tracing);
            HelmRendered.Found found = HelmRendered.of(request.cluster(), extracted.resources(), charts);
            if (!found.targets().isEmpty()) {
                progress.step("tracing " + found.targets().size() + " Helm-rendered workloads to their values keys");
            }
            HelmTraceStep.Traced traced = HelmTraceStep.run(found, results, tracing, Math.max(1, Runtime.getRuntime().availableProcessors()),
                    declarations.stream().filter(d -> d.kind().chart() && d.span() != null).toList());
            traces.putAll(traced.traces());
            baselines = traced.baselines();
        }
        progress.step("rightsizing " + request.cluster().workloads().size() + " workloads");
        RightsizingPlanner planner = new RightsizingPlanner(rightsizing.inputs());
        RightsizingPlan plan = planner.plan(request.cluster(), extracted.resources(), traces, rightsizing.history(), rightsizing.now());
        Map<String, ProposalEdits.Edited> mine = edit(request, plan, progress);
        // each round holds back the workloads whose edit did not render as proposed, and re-plans their applications,
        // whose new edits are confirmed in turn; every round removes at least one workload, so this ends
        while (tracing != null) {
            HelmVerifyStep.Verified verified = HelmVerifyStep.run(plan.proposals(), mine, baselines, tracing);
            if (verified.failed().isEmpty()) {
                mine.replaceAll((branch, e) -> e.ok() && verified.notes().containsKey(branch) ? e.withNotes(verified.notes().get(branch)) : e);
                break;
            }
            verified.failed().forEach((workload, why) -> {
                HelmTrace t = traces.get(workload);
                traces.put(workload, HelmTrace.failed(t.release(), t.declaration(), t.chart(), why));
            });
            plan = planner.plan(request.cluster(), extracted.resources(), traces, rightsizing.history(), rightsizing.now());
            mine = edit(request, plan, progress);
        }
        edits.putAll(mine);
        if (rightsizing.historyProblem() != null) {
            List<String> problems = new ArrayList<>(plan.problems());
            problems.add(0, rightsizing.historyProblem());
            plan = new RightsizingPlan(plan.cluster(), plan.readAt(), plan.workloads(), plan.proposals(), problems, plan.prices(),
                    plan.hoursPerMonth(), plan.cooldown());
        }
        return plan;
    }

    private static Map<String, ProposalEdits.Edited> edit(PlanRequest request, RightsizingPlan plan, Progress progress) {
        if (!plan.proposals().isEmpty()) {
            progress.step("editing " + plan.proposals().size() + " rightsizing proposals");
        }
        Map<String, ProposalEdits.Edited> out = new LinkedHashMap<>();
        for (RightsizingProposal proposal : plan.proposals()) {
            ProposalEdits.Edited edited;
            try {
                edited = request.rightsizing().edits().edit(request.files(), proposal);
            } catch (RuntimeException e) {
                // one proposal's edit must not cost the others
                edited = ProposalEdits.Edited.failed("editing failed unexpectedly (" + e + "); please report this");
            }
            out.put(proposal.branch(), edited);
        }
        return out;
    }

    /** The chart declarations Steward can look inside, as the releases their tools make. */
    private static List<HelmRendered.ChartRelease> charts(List<Declaration> declarations, ValuesTracing tracing) {
        List<HelmRendered.ChartRelease> out = new ArrayList<>();
        for (Declaration d : declarations) {
            if (d.kind().chart() && d.pkg() != null && !d.skipped() && d.span() != null) {
                out.add(new HelmRendered.ChartRelease(d, tracing.release(d), tracing.object(d).orElse(null), tracing.umbrella(d).orElse(null),
                        tracing.renderedAs(d).orElse(null)));
            }
        }
        return out;
    }
}
