package io.kubesteward.yamledit;

import io.kubesteward.model.SourceFile;
import java.util.List;

/** What editing a proposal gave: the edited files, or why nothing could be produced. */
public sealed interface EditResult permits EditResult.Applied, EditResult.Failed {

    /**
     * The proposal's edits, confirmed by re-extraction. {@code changedFiles} holds the new content of
     * each changed file only, by path; {@code bumpedCharts} the charts whose own version was raised;
     * {@code staleLocks} the lock files to regenerate (Chart.lock, requirements.lock); {@code notes}
     * what a reviewer should know (values put in quotes, values shared through anchors, locks); {@code moved}: each
     * Helm release's chart declaration whose file was edited, as it lies in the edited file.
     */
    record Applied(List<SourceFile> changedFiles, List<BumpedChart> bumpedCharts, List<String> staleLocks, List<String> notes,
                   java.util.Map<io.kubesteward.model.Declaration, io.kubesteward.model.Declaration> moved)
            implements EditResult {
        public Applied {
            changedFiles = List.copyOf(changedFiles);
            bumpedCharts = List.copyOf(bumpedCharts);
            staleLocks = List.copyOf(staleLocks);
            notes = List.copyOf(notes);
            moved = java.util.Map.copyOf(moved);
        }

        public Applied(List<SourceFile> changedFiles, List<BumpedChart> bumpedCharts, List<String> staleLocks, List<String> notes) {
            this(changedFiles, bumpedCharts, staleLocks, notes, java.util.Map.of());
        }
    }

    /** Nothing was produced: {@code reason} says what failed and why, for the report. */
    record Failed(String reason) implements EditResult {
    }
}
