package io.kubesteward.pipeline;

import io.kubesteward.analysis.RenderValues;
import io.kubesteward.analysis.Rendered;
import io.kubesteward.analysis.ValuesEditCheck;
import io.kubesteward.model.Declaration;
import io.kubesteward.planning.rightsizing.HelmValueChange;
import io.kubesteward.planning.rightsizing.RightsizingProposal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Confirms each Helm values edit by rendering: the release's values gathered again from the edited files, the same
 * chart rendered with them (at the version the cluster runs, and at the one the repository declares when that
 * differs), and compared with the render before: every changed container gets exactly its proposed quantities and
 * nothing else of the output changes. What fails is the reason of that release's workloads.
 */
final class HelmVerifyStep {
    private HelmVerifyStep() {
    }

    /** {@code failed}: workload → why its edit is not confirmed; {@code notes}: per branch, what a reviewer should know. */
    record Verified(Map<String, String> failed, Map<String, List<String>> notes) {
    }

    static Verified run(List<RightsizingProposal> proposals, Map<String, ProposalEdits.Edited> edits,
                        Map<Declaration, HelmTraceStep.Baseline> baselines, ValuesTracing tracing) {
        Map<String, String> failed = new LinkedHashMap<>();
        Map<String, List<String>> notes = new LinkedHashMap<>();
        for (RightsizingProposal proposal : proposals) {
            ProposalEdits.Edited edited = edits.get(proposal.branch());
            if (proposal.helmValues().isEmpty() || edited == null || !edited.ok()) {
                continue;
            }
            // by chart declaration: two dependencies of one umbrella chart are one release, rendered from two charts
            Map<Declaration, List<HelmValueChange>> byChart = new LinkedHashMap<>();
            proposal.helmValues().forEach(h -> byChart.computeIfAbsent(h.declaration(), r -> new ArrayList<>()).add(h));
            List<String> mine = new ArrayList<>();
            byChart.forEach((declaration, changes) -> {
                String why = verify(changes, baselines.get(declaration), edited, tracing, mine);
                if (why != null) {
                    changes.forEach(h -> failed.put(h.workload(), why));
                }
            });
            notes.put(proposal.branch(), mine);
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
        // the declaration as it lies in the edited files: values written above it in its own file moved it
        Map<String, Object> values = RenderValues.tree(tracing.values(edited.moved(baseline.declaration()), edited.changed()));
        boolean both = baseline.renders().size() > 1;
        List<String> harmless = new ArrayList<>();
        for (HelmTraceStep.Render before : baseline.renders()) {
            String which = both ? " at chart version " + before.version() : "";
            Rendered after;
            try {
                after = tracing.render(before.archive(), before.name(), before.namespace(), values);
            } catch (ChartInsight.RenderUnavailable e) {
                return "the edit could not be rendered again to confirm it (" + e.getMessage() + ")";
            }
            if (!after.ok()) {
                return "Helm " + (after.helmRefused() ? "refuses" : "did not finish") + " the edited values of release " + release + which
                        + ": " + after.failure();
            }
            ValuesEditCheck.Outcome outcome = ValuesEditCheck.check(before.manifest(), after.manifest(), before.namespace(), expected,
                    before.unstable());
            if (!outcome.confirmed()) {
                return "rendered again with the edited values" + which + ", release " + release + " changes otherwise than proposed: "
                        + String.join("; ", outcome.problems());
            }
            outcome.notes().stream().map(n -> n + which).forEach(harmless::add);
        }
        String versions = both ? " (at chart versions " + String.join(" and ", baseline.renders().stream().map(HelmTraceStep.Render::version)
                .toList()) + ": the one the cluster runs and the one the repository declares)" : "";
        notes.add("Helm release " + release + ": rendered again with the edited values" + versions + ", its containers get exactly the"
                + " proposed resources and nothing else it renders changes" + (harmless.isEmpty() ? "" : " (but " + String.join("; ", harmless) + ")"));
        return null;
    }
}
