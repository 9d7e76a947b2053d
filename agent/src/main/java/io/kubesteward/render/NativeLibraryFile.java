package io.kubesteward.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

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

    /**
     * The library file for {@code id}, unpacked from {@code content} unless a complete copy of {@code size} bytes is
     * there. The shared folder is used only when it is this user's and nobody else can write to it or to the file (in a
     * shared temporary folder another user could otherwise hand Steward code to load); when it is not, a private
     * folder of this process is used instead.
     */
    static Path unpacked(Path tmp, String id, String fileName, long size, Content content, Instant now) throws IOException {
        Path dir = tmp.resolve(PREFIX + id);
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectories(dir, privateFolder(tmp));
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another process made it meanwhile: checked below like any existing folder
            }
        }
        if (!onlyMine(dir, tmp)) {
            dir = Files.createTempDirectory(tmp, PREFIX + id + "-own-", privateFolder(tmp));
        }
        Path file = dir.resolve(fileName);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && onlyMine(file, tmp) && (size < 0 || Files.size(file) == size)) {
            Files.setLastModifiedTime(dir, FileTime.from(now)); // in use: not stale for other processes
            return file;
        }
        removeStalePartials(dir, now);
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

    /** Owned by the user this process runs as (the owner of a file it creates), not a link, writable by no one else. */
    static boolean onlyMine(Path p, Path tmp) throws IOException {
        if (Files.isSymbolicLink(p)) {
            return false;
        }
        if (!Files.getFileStore(p).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return true; // no POSIX owners and modes here (Windows): the folder's ACLs decide
        }
        PosixFileAttributes attributes = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        Set<PosixFilePermission> modes = attributes.permissions();
        return attributes.owner().equals(me(tmp)) && !modes.contains(PosixFilePermission.GROUP_WRITE)
                && !modes.contains(PosixFilePermission.OTHERS_WRITE);
    }

    private static UserPrincipal me(Path tmp) throws IOException {
        Path probe = Files.createTempFile(tmp, PREFIX, ".owner");
        try {
            return Files.getOwner(probe);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    private static FileAttribute<?>[] privateFolder(Path tmp) throws IOException {
        return Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                : new FileAttribute<?>[0];
    }

    /** Half-written copies a killed process left (another process's current one is younger than {@link #STALE}). */
    private static void removeStalePartials(Path dir, Instant now) {
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(dir, "*.partial")) {
            for (Path partial : partials) {
                if (Files.getLastModifiedTime(partial).toInstant().isBefore(now.minus(STALE))) {
                    Files.deleteIfExists(partial);
                }
            }
        } catch (IOException e) {
            // a leftover that cannot be removed costs disk, not the render
        }
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
