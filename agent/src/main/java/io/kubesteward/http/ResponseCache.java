package io.kubesteward.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * Bodies and their validators on disk between runs, keyed by the sha256 of the URL.
 * An entry is {@code <key>.meta} naming a body file {@code <key>-<nonce>.body}. The meta file is
 * written last, by an atomic move, so a killed run leaves either the old entry or the new one;
 * a body without meta is an orphan that the next store for that key removes.
 */
final class ResponseCache {
    private static final Duration STALE_TEMP = Duration.ofHours(6);

    private final Path dir;

    ResponseCache(Path dir, Instant now) throws IOException {
        this.dir = Files.createDirectories(dir);
        removeStaleTempFiles(now);
    }

    static String key(String url) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    Optional<CacheEntry> lookup(String key) {
        Path meta = dir.resolve(key + ".meta");
        if (!Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(meta)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
        String bodyName = p.getProperty("body", "");
        Path body = dir.resolve(bodyName);
        if (bodyName.isEmpty() || !body.getParent().equals(dir) || !Files.isRegularFile(body)) {
            return Optional.empty();
        }
        CacheEntry entry = new CacheEntry(body, p.getProperty("etag"), p.getProperty("lastModified"));
        return entry.revalidatable() ? Optional.of(entry) : Optional.empty();
    }

    /** A new file in the cache directory for a download, so that storing it is a rename. */
    Path newTempFile() throws IOException {
        return Files.createTempFile(dir, "download-", ".tmp");
    }

    /** Moves {@code downloaded} into the cache and returns where the body now lives. */
    Path store(String key, String url, Path downloaded, String etag, String lastModified) throws IOException {
        Path body = dir.resolve(key + "-" + UUID.randomUUID() + ".body");
        Files.move(downloaded, body, StandardCopyOption.ATOMIC_MOVE);
        Properties p = new Properties();
        p.setProperty("url", url);
        p.setProperty("body", body.getFileName().toString());
        if (etag != null) {
            p.setProperty("etag", etag);
        }
        if (lastModified != null) {
            p.setProperty("lastModified", lastModified);
        }
        Path tmp = Files.createTempFile(dir, key + "-meta-", ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "steward http cache entry");
        }
        Files.move(tmp, dir.resolve(key + ".meta"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        removeBodiesOtherThan(key, body);
        return body;
    }

    /** Forgets an entry whose server no longer sends validators. */
    void remove(String key) {
        try {
            Files.deleteIfExists(dir.resolve(key + ".meta"));
            removeBodiesOtherThan(key, null);
        } catch (IOException ignored) {
            // a leftover entry is only revalidated again next time
        }
    }

    private void removeBodiesOtherThan(String key, Path keep) throws IOException {
        try (DirectoryStream<Path> bodies = Files.newDirectoryStream(dir, key + "-*.body")) {
            for (Path b : bodies) {
                if (!b.equals(keep)) {
                    Files.deleteIfExists(b);
                }
            }
        }
    }

    private void removeStaleTempFiles(Instant now) {
        FileTime cutoff = FileTime.from(now.minus(STALE_TEMP));
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, "*.tmp")) {
            for (Path t : temps) {
                if (Files.getLastModifiedTime(t).compareTo(cutoff) < 0) {
                    Files.deleteIfExists(t);
                }
            }
        } catch (IOException ignored) {
            // only housekeeping
        }
    }
}
