package io.kubesteward.pipeline;

import io.kubesteward.analysis.RenderValues;
import io.kubesteward.analysis.Rendered;
import io.kubesteward.analysis.ValuesEditCheck;
import io.kubesteward.planning.rightsizing.HelmValueChange;
import io.kubesteward.planning.rightsizing.RightsizingProposal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Confirms each Helm values edit by rendering: the release's values gathered again from the edited files, the same
 * chart rendered with them, and compared with the render before: every changed container gets exactly its proposed
 * quantities and nothing else of the output changes. What fails is the reason of that release's workloads.
 */
final class HelmVerifyStep {
    private HelmVerifyStep() {
    }

    /** {@code failed}: workload → why its edit is not confirmed; {@code notes}: per branch, what a reviewer should know. */
    record Verified(Map<String, String> failed, Map<String, List<String>> notes) {
    }

    static Verified run(List<RightsizingProposal> proposals, Map<String, ProposalEdits.Edited> edits,
                        Map<String, HelmTraceStep.Baseline> baselines, ValuesTracing tracing) {
        Map<String, String> failed = new LinkedHashMap<>();
        Map<String, List<String>> notes = new LinkedHashMap<>();
        for (RightsizingProposal proposal : proposals) {
            ProposalEdits.Edited edited = edits.get(proposal.branch());
            if (proposal.helmValues().isEmpty() || edited == null || !edited.ok()) {
                continue;
            }
            Map<String, List<HelmValueChange>> byRelease = new LinkedHashMap<>();
            proposal.helmValues().forEach(h -> byRelease.computeIfAbsent(h.release(), r -> new ArrayList<>()).add(h));
            byRelease.forEach((release, changes) -> {
                String why = verify(changes, baselines.get(release), edited, tracing, notes.computeIfAbsent(proposal.branch(), b -> new ArrayList<>()));
                if (why != null) {
                    changes.forEach(h -> failed.put(h.workload(), why));
                }
            });
        }
        return new Verified(failed, notes);
    }

    private static String verify(List<HelmValueChange> changes, HelmTraceStep.Baseline baseline, ProposalEdits.Edited edited,
                                 ValuesTracing tracing, List<String> notes) {
        String release = changes.get(0).release();
        if (baseline == null) {
            return "Steward has no render of Helm release " + release + " to compare the edit with; please report this";
        }
        Map<String, Map<String, Map<String, String>>> expected = new LinkedHashMap<>();
        for (HelmValueChange h : changes) {
            expected.computeIfAbsent(ValuesEditCheck.key(h.kind(), h.namespace(), h.name()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(h.container(), c -> new LinkedHashMap<>()).put(h.field(), h.newText());
        }
        Map<String, Object> values = RenderValues.tree(tracing.values(baseline.declaration(), edited.changed()));
        Rendered after;
        try {
            after = tracing.render(baseline.archive(), baseline.name(), baseline.namespace(), values);
        } catch (ChartInsight.RenderUnavailable e) {
            return "the edit could not be rendered again to confirm it (" + e.getMessage() + ")";
        }
        if (!after.ok()) {
            return "Helm " + (after.helmRefused() ? "refuses" : "did not finish") + " the edited values of release " + release + ": "
                    + after.failure();
        }
        ValuesEditCheck.Outcome outcome = ValuesEditCheck.check(baseline.manifest(), after.manifest(), baseline.namespace(), expected);
        if (!outcome.confirmed()) {
            return "rendered again with the edited values, release " + release + " changes otherwise than proposed: "
                    + String.join("; ", outcome.problems());
        }
        notes.add("Helm release " + release + ": rendered again with the edited values, its containers get exactly the proposed"
                + " resources and nothing else it renders changes" + (outcome.notes().isEmpty() ? "" : " (but " + String.join("; ", outcome.notes()) + ")"));
        return null;
    }
}
