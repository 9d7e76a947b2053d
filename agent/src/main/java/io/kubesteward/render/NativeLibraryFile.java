package io.kubesteward.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * Where Helm's native library lives on disk: unpacked once per library version into
 * {@code <tmp>/steward-helm-<id>/}, shared by every Steward process using that folder (written to a temporary name
 * and moved into place, so no process loads half a file). Copies of other versions, and helm-java's own
 * {@code helm-java*} folders that a killed JVM left behind (about 94 MB each), are removed once they are older than
 * {@link #STALE}, so a copy another process is still writing is never touched.
 */
final class NativeLibraryFile {
    static final String PREFIX = "steward-helm-";
    static final Duration STALE = Duration.ofMinutes(10);

    interface Content {
        InputStream open() throws IOException;
    }

    private NativeLibraryFile() {
    }

    /** The library file for {@code id}, unpacked from {@code content} unless a complete copy of {@code size} bytes is there. */
    static Path unpacked(Path tmp, String id, String fileName, long size, Content content, Instant now) throws IOException {
        Path dir = tmp.resolve(PREFIX + id);
        Path file = dir.resolve(fileName);
        if (Files.isRegularFile(file) && (size < 0 || Files.size(file) == size)) {
            Files.setLastModifiedTime(dir, FileTime.from(now)); // in use: not stale for other processes
            return file;
        }
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, fileName, ".partial");
        try (InputStream in = content.open()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
        return file;
    }

    /** Removes other versions' folders and helm-java's leftovers older than {@link #STALE}; returns how many went. */
    static int cleanStale(Path tmp, String keepId, Instant now) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(tmp, e -> stale(e, keepId))) {
            for (Path entry : entries) {
                if (Files.getLastModifiedTime(entry).toInstant().isBefore(now.minus(STALE)) && Folders.deleteTree(entry)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            return removed; // a temp folder Steward cannot list is no reason to stop rendering
        }
        return removed;
    }

    private static boolean stale(Path entry, String keepId) {
        String name = entry.getFileName().toString();
        return Files.isDirectory(entry) && !Files.isSymbolicLink(entry)
                && (name.startsWith("helm-java") || name.startsWith(PREFIX) && !name.equals(PREFIX + keepId));
    }
}
