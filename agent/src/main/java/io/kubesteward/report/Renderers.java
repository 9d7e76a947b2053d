package io.kubesteward.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The report formats, by the name a user gives on the command line. */
public final class Renderers {
    private static final Map<String, Renderer> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("table", new TableRenderer());
        BY_NAME.put("wide", new TableRenderer(TableLayout.WIDE));
        BY_NAME.put("json", new JsonRenderer());
        BY_NAME.put("yaml", new YamlRenderer());
        BY_NAME.put("markdown", new MarkdownRenderer());
        BY_NAME.put("tsv", new TsvRenderer());
        BY_NAME.put("html", new HtmlRenderer());
    }

    private Renderers() {
    }

    /** The known names, in a stable order: table, wide, json, yaml, markdown, tsv, html. */
    public static Set<String> names() {
        return java.util.Collections.unmodifiableSet(BY_NAME.keySet());
    }

    public static Optional<Renderer> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** {@code table} fitted to a terminal {@code columns} wide (≤ 0: unknown); any other format as {@link #named}. */
    public static Renderer named(String name, int columns) {
        return name.equals("table") ? new TableRenderer(TableLayout.fitting(columns)) : named(name);
    }

    /** @throws IllegalArgumentException naming the known formats when {@code name} is not one */
    public static Renderer named(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown report format '" + name + "'; use one of: " + String.join(", ", names())));
    }
}
