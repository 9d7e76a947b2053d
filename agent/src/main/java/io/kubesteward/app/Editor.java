package io.kubesteward.app;

import io.kubesteward.config.ChartsConfig;
import io.kubesteward.config.ConfigError;
import io.kubesteward.config.RightsizingRules;
import io.kubesteward.config.RightsizingRulesLoader;
import io.kubesteward.declarations.ExtractorRegistry;
import io.kubesteward.declarations.registry.StandardExtractors;
import io.kubesteward.pipeline.ProposalEdits;
import io.kubesteward.pipeline.RightsizingEdits;
import io.kubesteward.pipeline.RightsizingRequest;
import io.kubesteward.planning.rightsizing.RightsizingInputs;
import io.kubesteward.yamledit.BumpedChart;
import io.kubesteward.yamledit.ChartBump;
import io.kubesteward.yamledit.EditResult;
import io.kubesteward.yamledit.ProposalEditor;
import io.kubesteward.yamledit.VendoredArchives;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Adapts yamledit's editor to the pipeline's port, with the chart bump from configuration. */
final class Editor {
    private Editor() {
    }

    /** The editor of one run: it remembers every file's extraction, so the plan should scan with it too. */
    static ProposalEditor editor(ChartsConfig charts) {
        ChartBump bump = switch (charts.bumpVersion()) {
            case OFF -> ChartBump.off();
            case PATCH -> ChartBump.patch();
            case MINOR -> new ChartBump(true, ChartBump.Level.MINOR);
            case MAJOR -> new ChartBump(true, ChartBump.Level.MAJOR);
        };
        return ProposalEditor.remembering(StandardExtractors.registry(), bump);
    }

    static ProposalEdits from(ProposalEditor editor) {
        return from(editor, List.of(), null);
    }

    /**
     * As {@link #from(ProposalEditor)}, and the dependency archives vendored in {@code archives} replaced by the new
     * versions' (fetched by {@code insight}, verified; none when analysis is off, then the note says what to run).
     */
    static ProposalEdits from(ProposalEditor editor, List<String> archives, ChartInsights insight) {
        return (files, proposal) -> {
            EditResult result = editor.edit(files, proposal);
            if (result instanceof EditResult.Applied applied) {
                ProposalEdits.Edited edited = ProposalEdits.Edited.applied(applied.changedFiles(), notes(applied));
                return edited.ok() ? vendored(edited, VendoredArchives.plan(archives, proposal.updates()), insight) : edited;
            }
            return ProposalEdits.Edited.failed(((EditResult.Failed) result).reason());
        };
    }

    private static ProposalEdits.Edited vendored(ProposalEdits.Edited edited, List<VendoredArchives.Swap> swaps, ChartInsights insight) {
        List<ProposalEdits.ArchiveFile> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (VendoredArchives.Swap swap : swaps) {
            String folder = io.kubesteward.declarations.RepoPaths.folder(swap.update().declaration().file());
            String byHand = "; replace it by hand (helm dependency update " + (folder.isEmpty() ? "." : folder) + ")";
            if (insight == null) {
                notes.add(swap.removed() + " is vendored and was not replaced: charts.analysis is off, so Steward fetched no archive" + byHand);
                continue;
            }
            try {
                byte[] bytes = insight.archiveBytes(swap.update().declaration().pkg(), swap.update().release());
                files.add(new ProposalEdits.ArchiveFile(swap.removed(), null));
                files.add(new ProposalEdits.ArchiveFile(swap.added(), bytes));
                boolean checked = swap.update().release().digest() != null
                        || io.kubesteward.model.SourceKind.OCI_CHART.equals(swap.update().declaration().pkg().kind());
                notes.add(swap.removed() + " replaced by " + swap.added() + " (the published archive, " + (checked ? "its digest checked)"
                        : "not checked: the repository's index gives no digest)"));
            } catch (io.kubesteward.pipeline.ChartInsight.ArchiveUnavailable e) {
                notes.add(swap.removed() + " is vendored and was not replaced: " + e.getMessage() + byHand);
            }
        }
        return swaps.isEmpty() ? edited : edited.withArchives(files, notes);
    }

    /** Rightsizing's policy from the rules files (shipped, the repository's, {@code rulesDir}'s) and its edits by the same editor. */
    static RightsizingRequest rightsizing(Path root, Path rulesDir, ProposalEditor editor, Instant now) throws ConfigError {
        RightsizingRules rules = RightsizingRulesLoader.load(root, rulesDir);
        RightsizingEdits edits = (files, proposal) -> {
            EditResult result = editor.edit(files, proposal);
            if (result instanceof EditResult.Applied applied) {
                ProposalEdits.Edited edited = ProposalEdits.Edited.applied(applied.changedFiles(), applied.notes());
                return edited.ok() ? edited.withMoved(applied.moved()) : edited;
            }
            return ProposalEdits.Edited.failed(((EditResult.Failed) result).reason());
        };
        return new RightsizingRequest(new RightsizingInputs(rules.settings(), rules.overrides(), rules.prices()), edits, now);
    }

    private static List<String> notes(EditResult.Applied applied) {
        List<String> notes = new ArrayList<>();
        for (BumpedChart c : applied.bumpedCharts()) {
            notes.add("chart " + c.chart() + " version " + c.from() + " → " + c.to() + " (" + c.chartFile() + ")");
        }
        notes.addAll(applied.notes());
        return notes;
    }
}
