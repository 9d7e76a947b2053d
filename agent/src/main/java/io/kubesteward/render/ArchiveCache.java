package io.kubesteward.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Chart archives on disk by the SHA-256 of their bytes ({@code sha256-<hex>.tgz}), kept across runs:
 * a published version's archive never changes, so a digest names it for good. Each file is written
 * whole (temporary file, then rename) or not at all.
 */
final class ArchiveCache {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path dir;

    /** {@code dir} null: nothing is kept. */
    ArchiveCache(Path dir) {
        this.dir = dir;
    }

    Optional<byte[]> get(String sha256) throws IOException {
        if (dir == null || sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path file = dir.resolve("sha256-" + sha256 + ".tgz");
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    void put(String sha256, byte[] bytes) throws IOException {
        if (dir == null) {
            return;
        }
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".archive-", ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, dir.resolve("sha256-" + sha256 + ".tgz"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
