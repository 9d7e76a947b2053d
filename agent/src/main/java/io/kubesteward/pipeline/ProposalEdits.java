package io.kubesteward.pipeline;

import io.kubesteward.model.SourceFile;
import io.kubesteward.planning.Proposal;
import java.util.List;

/** The port to the editor: the repository's files and one proposal → the files it changes, or why not. */
@FunctionalInterface
public interface ProposalEdits {
    Edited edit(List<SourceFile> files, Proposal proposal);

    /**
     * The outcome of editing one proposal: the changed files (new content only), what a reviewer
     * should know (chart bumps, lock files to regenerate, quoting), or the reason it failed (then
     * {@code changed} is empty and nothing is delivered).
     */
    record Edited(List<SourceFile> changed, List<String> notes, String failure) {
        public Edited {
            changed = List.copyOf(changed);
            notes = List.copyOf(notes);
        }

        public static Edited failed(String why) {
            return new Edited(List.of(), List.of(), why);
        }

        public boolean ok() {
            return failure == null;
        }
    }
}
