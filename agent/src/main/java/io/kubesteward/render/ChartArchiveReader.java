package io.kubesteward.render;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a chart archive ({@code .tgz}) into memory under Helm's loader rules, hardened: the gzip
 * magic first (an HTML page is named as such); every path below one top folder, never absolute,
 * never with {@code ..}, backslashes read as separators; {@code Chart.yaml} in that folder, not at the
 * root; links, devices and FIFOs skipped, never followed; the decoded size, each file and the file
 * count bounded by {@link ArchiveLimits}, counted in bytes that really arrive. Nothing touches disk.
 */
public final class ChartArchiveReader {
    private final ArchiveLimits limits;

    public ChartArchiveReader(ArchiveLimits limits) {
        this.limits = limits;
    }

    /** @param what names the archive in messages, e.g. {@code podinfo-6.7.1.tgz from https://…} */
    public ChartArchive read(InputStream compressed, String what) throws IOException, ArchiveRefused {
        InputStream buffered = compressed.markSupported() ? compressed : new java.io.BufferedInputStream(compressed);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        if (first != 0x1f || second != 0x8b) {
            throw new ArchiveRefused(what + " is not a gzip archive" + (first == '<' ? " but an HTML page (a login or error page?)" : "")
                    + "; check the chart's URL and the repository's credentials");
        }
        try (InputStream decoded = new Bounded(new GZIPInputStream(new Bounded(buffered, limits.maxCompressedBytes(), what + " (compressed)")),
                limits.maxTotalBytes(), what)) {
            return entries(new TarEntries(decoded), what);
        } catch (ZipException | java.io.EOFException e) {
            throw new ArchiveRefused(what + " is a damaged gzip stream (" + e.getMessage() + "); download it again or ask its maintainers");
        } catch (LimitReached e) {
            throw new ArchiveRefused(e.getMessage());
        }
    }

    private ChartArchive entries(TarEntries tar, String what) throws IOException, ArchiveRefused {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        String top = null;
        int count = 0;
        for (TarEntries.Header h = tar.next(); h != null; h = tar.next()) {
            String path = ArchivePaths.normalise(h.path(), what);
            if (h.directory()) {
                continue;
            }
            if (++count > limits.maxFiles()) {
                throw new ArchiveRefused(what + " holds more than " + limits.maxFiles() + " files; no chart needs that many");
            }
            int slash = path.indexOf('/');
            if (slash < 0) {
                if (path.equals("Chart.yaml")) {
                    throw new ArchiveRefused(what + " has Chart.yaml at its root, not in the chart's folder (as helm package writes it)");
                }
                throw new ArchiveRefused(what + " has '" + path + "' outside any chart folder; a chart archive holds one folder");
            }
            String folder = path.substring(0, slash);
            if (top == null) {
                top = folder;
            } else if (!top.equals(folder)) {
                throw new ArchiveRefused(what + " holds two chart folders ('" + top + "' and '" + folder + "'); a chart archive holds one");
            }
            String inside = path.substring(slash + 1);
            if (!h.regular()) {
                skipped.add(inside + " (" + kind(h.type()) + ")");
                continue;
            }
            files.put(inside, tar.body(limits.maxFileBytes(), what + ": " + inside));
        }
        if (top == null || !files.containsKey("Chart.yaml")) {
            throw new ArchiveRefused(what + " has no Chart.yaml in its chart folder; it is not a Helm chart");
        }
        return new ChartArchive(top, files, skipped);
    }

    private static String kind(char type) {
        return switch (type) {
            case '1' -> "a hard link";
            case '2' -> "a symbolic link";
            case '3', '4' -> "a device";
            case '6' -> "a FIFO";
            default -> "tar entry type '" + type + "'";
        };
    }

    /** Thrown through the stream when a bound is crossed; turned into an {@link ArchiveRefused}. */
    private static final class LimitReached extends IOException {
        private static final long serialVersionUID = 1L;

        LimitReached(String message) {
            super(message);
        }
    }

    /** Counts the bytes read through it and stops at {@code max}. */
    private static final class Bounded extends FilterInputStream {
        private final long max;
        private final String what;
        private long count;

        Bounded(InputStream in, long max, String what) {
            super(in);
            this.max = max;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long n) throws LimitReached {
            count += n;
            if (count > max) {
                throw new LimitReached(what + " is larger than " + max + " bytes, Steward's limit for a chart archive "
                        + "(Helm's own is 100 MiB decoded); it is not read");
            }
        }
    }
}
