package io.kubesteward.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart with its bundled dependency archives ({@code charts/*.tgz}, at any depth) unpacked into folders
 * ({@code charts/<name>/…}), as Helm's loader reads them: every check then sees a dependency's values, CRDs and
 * schema, and Steward writes no archive for Helm that it has not read itself. Each inner archive is read by the same
 * hardened reader, within what is left of the outer archive's budget (bytes and files in all) and at most
 * {@value #MAX_DEPTH} levels deep. A dependency bundled both as a folder and as an archive keeps the folder.
 */
public final class NestedCharts {
    static final int MAX_DEPTH = 5;
    private static final Pattern INNER = Pattern.compile("^((?:[^/]+/)*?)charts/([^/]+\\.tgz)$");

    private NestedCharts() {
    }

    /** @param what names the outer archive in messages */
    public static ChartArchive expand(ChartArchive archive, ArchiveLimits limits, String what) throws ArchiveRefused, IOException {
        Map<String, byte[]> files = new TreeMap<>(archive.files());
        List<String> skipped = new ArrayList<>(archive.skipped());
        for (int depth = 0; ; depth++) {
            List<String> inner = files.keySet().stream().filter(p -> chartFolder(INNER.matcher(p), files)).toList();
            if (inner.isEmpty()) {
                return depth == 0 ? archive : new ChartArchive(archive.name(), files, skipped);
            }
            if (depth == MAX_DEPTH) {
                throw new ArchiveRefused(what + " nests bundled chart archives more than " + MAX_DEPTH + " levels deep (" + inner.get(0)
                        + "); no chart needs that");
            }
            for (String path : inner) {
                unpack(path, files, skipped, limits, what);
            }
        }
    }

    /** {@code charts/x.tgz} of the chart itself or of a dependency folder ({@code charts/a/charts/x.tgz}), not any file. */
    private static boolean chartFolder(Matcher m, Map<String, byte[]> files) {
        // Helm's loader skips charts/ entries whose names start with '_' or '.': so does Steward
        return m.matches() && !m.group(2).startsWith("_") && !m.group(2).startsWith(".")
                && (m.group(1).isEmpty() || files.containsKey(m.group(1) + "Chart.yaml"));
    }

    private static void unpack(String path, Map<String, byte[]> files, List<String> skipped, ArchiveLimits limits, String what)
            throws ArchiveRefused, IOException {
        byte[] bytes = files.remove(path);
        long used = files.values().stream().mapToLong(b -> b.length).sum();
        ArchiveLimits left = new ArchiveLimits(limits.maxCompressedBytes(), Math.max(1, limits.maxTotalBytes() - used), limits.maxFileBytes(),
                Math.max(1, limits.maxFiles() - files.size()));
        ChartArchive inner = new ChartArchiveReader(left).read(new ByteArrayInputStream(bytes), what + ": its bundled " + path);
        Matcher m = INNER.matcher(path);
        m.matches();
        String folder = m.group(1) + "charts/" + inner.name() + "/";
        if (files.containsKey(folder + "Chart.yaml")) {
            skipped.add(path + " (the folder " + folder + " bundles the same dependency and is used)");
            return;
        }
        inner.files().forEach((name, body) -> files.put(folder + name, body));
        inner.skipped().forEach(s -> skipped.add(folder + s));
    }
}
