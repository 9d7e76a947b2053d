package io.kubesteward.gitops.jgit;

import io.kubesteward.gitops.WorkspaceFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.jgit.util.FileUtils;

/**
 * Steward's clone directory: Steward reuses or wipes only a directory it marked as its own, so a
 * mistyped work directory can never cost anyone their files.
 */
final class WorkDirs {
    private static final String MARKER = "steward-workspace";

    private WorkDirs() {
    }

    enum State { EMPTY, STEWARDS, FOREIGN }

    static State state(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return State.EMPTY;
        }
        if (Files.isRegularFile(marker(dir))) {
            return State.STEWARDS;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent() ? State.FOREIGN : State.EMPTY;
        }
    }

    static WorkspaceFailure foreign(Path dir) {
        return new WorkspaceFailure("cannot use " + dir + " as Steward's work directory: it holds files Steward did not put"
                + " there (no .git/" + MARKER + " marker), and Steward will not overwrite them. Point the work directory at an"
                + " empty or missing directory.");
    }

    static void mark(Path dir) throws IOException {
        Files.writeString(marker(dir), "This clone belongs to Steward, which reuses or deletes it at will.\n");
    }

    /** Empties a Steward work directory (not the directory itself, which may be a mounted volume). */
    static void wipe(Path dir) throws IOException {
        if (state(dir) != State.STEWARDS) {
            throw new IOException(dir + " is not marked as Steward's; not deleting anything");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.toList()) {
                FileUtils.delete(entry.toFile(), FileUtils.RECURSIVE | FileUtils.SKIP_MISSING);
            }
        }
    }

    private static Path marker(Path dir) {
        return dir.resolve(".git").resolve(MARKER);
    }
}
