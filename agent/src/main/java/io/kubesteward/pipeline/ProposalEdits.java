package io.kubesteward.pipeline;

import io.kubesteward.model.SourceFile;
import io.kubesteward.planning.Proposal;
import java.util.List;
import java.util.Locale;

/** The port to the editor: the repository's files and one proposal → the files it changes, or why not. */
@FunctionalInterface
public interface ProposalEdits {
    Edited edit(List<SourceFile> files, Proposal proposal);

    /**
     * The outcome of editing one proposal: the changed files (new content only), what a reviewer
     * should know (chart bumps, lock files to regenerate, quoting), or the reason it failed (then
     * {@code changed} is empty and nothing is delivered).
     */
    record Edited(List<SourceFile> changed, List<ArchiveFile> archives, List<String> notes, String failure,
                  java.util.Map<io.kubesteward.model.Declaration, io.kubesteward.model.Declaration> moved) {
        public Edited {
            changed = List.copyOf(changed);
            archives = List.copyOf(archives);
            notes = List.copyOf(notes);
            moved = java.util.Map.copyOf(moved);
        }

        public Edited(List<SourceFile> changed, List<ArchiveFile> archives, List<String> notes, String failure) {
            this(changed, archives, notes, failure, java.util.Map.of());
        }

        public Edited(List<SourceFile> changed, List<String> notes, String failure) {
            this(changed, List.of(), notes, failure);
        }

        /** The same edit, knowing where each chart declaration lies in its edited file ({@code moved}). */
        public Edited withMoved(java.util.Map<io.kubesteward.model.Declaration, io.kubesteward.model.Declaration> where) {
            return new Edited(changed, archives, notes, failure, where);
        }

        /** The declaration as it lies in the edited files. */
        public io.kubesteward.model.Declaration moved(io.kubesteward.model.Declaration d) {
            return moved.getOrDefault(d, d);
        }

        /** The same edit with vendored archives replaced too, and what a reviewer should know about them. */
        public Edited withArchives(List<ArchiveFile> more, List<String> moreNotes) {
            List<ArchiveFile> all = new java.util.ArrayList<>(archives);
            all.addAll(more);
            List<String> allNotes = new java.util.ArrayList<>(notes);
            allNotes.addAll(moreNotes);
            return new Edited(changed, all, allNotes, failure, moved);
        }

        /** The same edit with more for a reviewer to know. */
        public Edited withNotes(List<String> moreNotes) {
            return withArchives(List.of(), moreNotes);
        }

        /**
         * The files an edit changed, unless one is a GitHub Actions workflow: pushing those needs the
         * token's Workflows permission, and a bot that rewrites CI is a door into it.
         */
        public static Edited applied(List<SourceFile> changed, List<String> notes) {
            for (SourceFile f : changed) {
                if (f.path().toLowerCase(Locale.ROOT).startsWith(".github/workflows/")) {
                    return failed(f.path() + " is a GitHub Actions workflow; Steward never edits CI workflows"
                            + " (update it by hand; a packageRule with matchFiles: ['.github/workflows/**'] and enabled: false stops these proposals)");
                }
            }
            return new Edited(changed, notes, null);
        }

        public static Edited failed(String why) {
            return new Edited(List.of(), List.of(), why);
        }

        public boolean ok() {
            return failure == null;
        }
    }

    /** A binary file a proposal writes ({@code bytes}) or removes ({@code bytes} null): a vendored chart archive. */
    record ArchiveFile(String path, byte[] bytes) {
        public ArchiveFile {
            bytes = bytes == null ? null : bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes == null ? null : bytes.clone();
        }
    }
}
