package io.kubesteward.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A chart archive read into memory: its top folder ({@code podinfo} for {@code podinfo/Chart.yaml})
 * and its regular files by path below that folder, byte for byte; {@code skipped} names the entries
 * that were not regular files (links, devices), which Steward never follows.
 */
public record ChartArchive(String name, Map<String, byte[]> files, List<String> skipped) {
    private static final String BOM = "\uFEFF";

    public ChartArchive {
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
        skipped = List.copyOf(skipped);
    }

    /** A file as text for parsing: UTF-8 with a leading byte-order mark dropped (the bytes keep it). */
    public Optional<String> text(String path) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            return Optional.empty();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return Optional.of(text.startsWith(BOM) ? text.substring(1) : text);
    }
}
