package io.kubesteward.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The {@code artifacthub.io/changes} annotation as Artifact Hub defines it: YAML, a list whose items
 * are either plain lines or {@code {kind, description, links: [{name, url}]}}. When the text is not
 * such a list, {@code entries} is empty and the text is shown as published.
 */
record ReleaseChanges(List<Entry> entries) {
    /** {@code kind} is null for a plain line; links are unchecked publisher text. */
    record Entry(String kind, String description, List<Link> links) {
    }

    record Link(String name, String url) {
    }

    // Publisher text: parsing is bounded so that a hostile annotation costs nothing.
    private static final int MAX_CHARS = 100_000;
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setLabel("artifacthub.io/changes")
            .setAllowDuplicateKeys(true)
            .setMaxAliasesForCollections(20)
            .setCodePointLimit(MAX_CHARS * 2)
            .build();

    ReleaseChanges {
        entries = List.copyOf(entries);
    }

    static ReleaseChanges parse(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_CHARS) {
            return new ReleaseChanges(List.of());
        }
        try {
            Object root = new Load(SETTINGS).loadFromString(text);
            if (!(root instanceof List<?> items)) {
                return new ReleaseChanges(List.of());
            }
            List<Entry> entries = new ArrayList<>();
            for (Object item : items) {
                Entry e = entry(item);
                if (e == null) {
                    return new ReleaseChanges(List.of());
                }
                entries.add(e);
            }
            return new ReleaseChanges(entries);
        } catch (RuntimeException e) {
            // Not YAML, or YAML of another shape: the caller shows the raw text instead.
            return new ReleaseChanges(List.of());
        }
    }

    private static Entry entry(Object item) {
        if (item instanceof String || item instanceof Number || item instanceof Boolean) {
            return new Entry(null, String.valueOf(item), List.of());
        }
        if (!(item instanceof Map<?, ?> map) || scalar(map.get("description")) == null) {
            return null;
        }
        List<Link> links = new ArrayList<>();
        if (map.get("links") instanceof List<?> list) {
            for (Object l : list) {
                if (l instanceof Map<?, ?> link && scalar(link.get("url")) != null) {
                    links.add(new Link(scalar(link.get("name")), scalar(link.get("url"))));
                }
            }
        }
        return new Entry(scalar(map.get("kind")), scalar(map.get("description")), links);
    }

    private static String scalar(Object o) {
        return o instanceof String || o instanceof Number || o instanceof Boolean ? String.valueOf(o) : null;
    }
}
