package io.kubesteward.render;

import io.kubesteward.http.Download;
import io.kubesteward.http.HttpCaller;
import io.kubesteward.http.HttpFailure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gets a chart archive: from the cache when the index's digest names one there, else from its mirror
 * folder or URL (through the one HTTP caller: allowed hosts, credentials for their origin only, size
 * limits); checks its SHA-256 against the index's {@code digest}; keeps it; reads it hardened, the dependency
 * archives it bundles unpacked ({@link NestedCharts}).
 */
public final class ArchiveFetcher {
    private final HttpCaller http;
    private final ArchiveCache cache;
    private final ChartArchiveReader reader;
    private final ArchiveLimits limits;
    private final AtomicInteger downloads = new AtomicInteger();

    /** {@code cacheDir} null: archives are not kept between runs. */
    public ArchiveFetcher(HttpCaller http, Path cacheDir, ArchiveLimits limits) {
        this.http = http;
        this.cache = new ArchiveCache(cacheDir);
        this.reader = new ChartArchiveReader(limits);
        this.limits = limits;
    }

    /**
     * @param digest the index's {@code digest} (SHA-256, hex), or null when it gives none; a digest the location
     *               names (an OCI chart layer's) is checked instead
     * @throws ArchiveRefused a digest that does not match, or an archive the reader refuses
     * @throws HttpFailure the download failed (its message names the URL and what to do)
     */
    public ChartArchive fetch(ArchiveLocation where, String digest, String what) throws ArchiveRefused, HttpFailure, IOException {
        byte[] bytes = verified(where, digest, what);
        return NestedCharts.expand(reader.read(new ByteArrayInputStream(bytes), what), limits, what);
    }

    /**
     * An archive already on disk (vendored in a repository), read hardened; null when {@code digest} is given and the
     * bytes do not match it (then the published one is fetched instead). Not counted as a download.
     */
    public ChartArchive read(byte[] bytes, String digest, String what) throws ArchiveRefused, IOException {
        String expected = hex(digest);
        if (expected != null && !expected.equals(sha256(bytes))) {
            return null;
        }
        return NestedCharts.expand(reader.read(new ByteArrayInputStream(bytes), what), limits, what);
    }

    /**
     * The archive's bytes as published, checked as {@link #fetch} checks them and read by the hardened reader (so
     * nothing Steward refuses to read is written into a repository).
     */
    public byte[] bytes(ArchiveLocation where, String digest, String what) throws ArchiveRefused, HttpFailure, IOException {
        byte[] bytes = verified(where, digest, what);
        reader.read(new ByteArrayInputStream(bytes), what);
        return bytes;
    }

    private byte[] verified(ArchiveLocation where, String digest, String what) throws ArchiveRefused, HttpFailure, IOException {
        boolean layer = where instanceof ArchiveLocation.Remote r && r.sha256() != null;
        String named = layer ? ((ArchiveLocation.Remote) where).sha256() : digest;
        String expected = hex(named);
        byte[] bytes = cache.get(expected).orElse(null);
        if (bytes == null || !sha256(bytes).equals(expected)) {
            bytes = download(where, what);
            String actual = sha256(bytes);
            if (expected != null && !expected.equals(actual)) {
                throw new ArchiveRefused(what + " from " + where.describe() + " has SHA-256 " + actual + " but " + (layer ? "the registry's manifest" : "the index") + " says " + expected
                        + ": the archive was replaced after it was published, or something on the way altered it; Steward does not"
                        + " read it (ask the repository's maintainers)");
            }
            try {
                cache.put(actual, bytes);
            } catch (IOException e) {
                // a cache that cannot be written costs the next run a download, not this run its archive
            }
        }
        return bytes;
    }

    /** How many archives were downloaded or read from a mirror folder (not from the cache) so far. */
    public int downloads() {
        return downloads.get();
    }

    private byte[] download(ArchiveLocation where, String what) throws HttpFailure, IOException, ArchiveRefused {
        downloads.incrementAndGet();
        if (where instanceof ArchiveLocation.Local local) {
            if (Files.isSymbolicLink(local.file()) || !Files.isRegularFile(local.file())) {
                throw new ArchiveRefused(what + ": " + local.file() + " is not a regular file in the mirror folder");
            }
            try (InputStream in = Files.newInputStream(local.file())) {
                return bounded(in, what);
            }
        }
        ArchiveLocation.Remote remote = (ArchiveLocation.Remote) where;
        try (Download d = http.download(remote.uri(), remote.credentials()); InputStream in = Files.newInputStream(d.body())) {
            return bounded(in, what);
        }
    }

    private byte[] bounded(InputStream in, String what) throws IOException, ArchiveRefused {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxCompressedBytes() + 1));
        if (bytes.length > limits.maxCompressedBytes()) {
            throw new ArchiveRefused(what + " is larger than " + limits.maxCompressedBytes() + " bytes compressed; it is not read");
        }
        return bytes;
    }

    /** A digest as the index or a manifest writes it ({@code sha256:AB…} or bare hex), as lower-case hex; null for none. */
    private static String hex(String digest) {
        return digest == null || digest.isBlank() ? null : digest.strip().toLowerCase(Locale.ROOT).replaceFirst("^sha256:", "");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
