package io.kubesteward.analysis;

import io.kubesteward.render.ChartArchive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The parts of a chart archive the checks read, parsed once: {@code values.yaml}, {@code Chart.yaml},
 * {@code values.schema.json}, and every YAML document in a {@code crds/} folder (the chart's own and its bundled
 * dependencies' under {@code charts/<name>/crds/}). What does not parse is named in {@link #unreadable()}.
 */
final class ChartFiles {
    // a CRD file may be megabytes (kube-prometheus-stack's are); the archive reader already bounds each file
    private static final int CODE_POINT_LIMIT = 16 * 1024 * 1024;
    private final ChartArchive archive;
    private final List<String> unreadable = new ArrayList<>();
    private final Map<String, Object> values;
    private final Map<String, Object> chart;

    ChartFiles(ChartArchive archive) {
        this(archive, "");
    }

    /** The chart in {@code folder} of the archive ({@code charts/redis/} for a bundled dependency; "" for the chart itself). */
    ChartFiles(ChartArchive archive, String folder) {
        this.archive = archive;
        this.values = mapping(folder + "values.yaml");
        this.chart = mapping(folder + "Chart.yaml");
    }

    String name() {
        return archive.name();
    }

    Map<String, Object> values() {
        return values;
    }

    Map<String, Object> chart() {
        return chart;
    }

    Optional<String> text(String path) {
        return archive.text(path);
    }

    List<String> unreadable() {
        return List.copyOf(unreadable);
    }

    /** One YAML document of a file in the archive. */
    record Document(String file, Map<String, Object> content) {
    }

    /**
     * Every document of the files under a {@code crds/} folder of this chart or of a dependency bundled in it that
     * the release enables: a dependency whose {@code condition} is false in {@code values} installs nothing, as in Helm.
     */
    List<Document> crdDocuments(Map<String, Object> values) {
        List<Document> out = new ArrayList<>();
        for (String path : archive.files().keySet()) {
            if (isCrdFile(path) && enabled(path, values)) {
                out.addAll(documents(path));
            }
        }
        return out;
    }

    /** Helm's {@code condition}: the first of its comma-separated paths that holds a boolean decides; none: enabled. */
    private boolean enabled(String path, Map<String, Object> values) {
        if (!path.startsWith("charts/") || !(chart.get("dependencies") instanceof List<?> deps)) {
            return true;
        }
        String folder = path.substring("charts/".length(), path.indexOf('/', "charts/".length()));
        for (Object d : deps) {
            if (d instanceof Map<?, ?> dep && folder.equals(String.valueOf(dep.get("name"))) && dep.get("condition") != null) {
                for (String condition : String.valueOf(dep.get("condition")).split(",")) {
                    if (ValuesTree.at(values, List.of(condition.strip().split("\\."))) instanceof Boolean on) {
                        return on;
                    }
                }
            }
        }
        return true;
    }

    /** The text of every template of the chart (helpers included), not of its dependencies. */
    List<String> templates() {
        return archive.files().keySet().stream().filter(p -> p.startsWith("templates/")).map(p -> archive.text(p).orElse("")).toList();
    }

    /** The keys the chart's dependencies read their values under: each one's alias, else its name. */
    java.util.Set<String> dependencyKeys() {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (chart.get("dependencies") instanceof List<?> deps) {
            for (Object d : deps) {
                if (d instanceof Map<?, ?> dep) {
                    Object key = dep.get("alias") != null ? dep.get("alias") : dep.get("name");
                    if (key != null) {
                        out.add(String.valueOf(key));
                    }
                }
            }
        }
        return out;
    }

    /** Files under {@code templates/} that define a CRD: Helm renders and upgrades these like any template. */
    List<String> templatedCrdFiles() {
        return archive.files().keySet().stream()
                .filter(p -> p.startsWith("templates/") || p.matches("charts/[^/]+/templates/.*"))
                .filter(p -> archive.text(p).map(t -> t.matches("(?s).*\\bkind:\\s*[\"']?CustomResourceDefinition\\b.*")).orElse(false))
                .toList();
    }

    static boolean isCrdFile(String path) {
        boolean yaml = path.endsWith(".yaml") || path.endsWith(".yml") || path.endsWith(".json");
        return yaml && (path.startsWith("crds/") || path.matches("(charts/[^/]+/)+crds/.*"));
    }

    List<Document> documents(String path) {
        List<Document> out = new ArrayList<>();
        String text = archive.text(path).orElse("");
        try {
            for (Object doc : new Load(settings()).loadAllFromString(text)) {
                if (doc instanceof Map<?, ?> map) {
                    out.add(new Document(path, stringKeys(map)));
                }
            }
        } catch (YamlEngineException e) {
            unreadable.add(archive.name() + "/" + path + " is not valid YAML (" + firstLine(e.getMessage()) + ")");
        }
        return out;
    }

    private Map<String, Object> mapping(String path) {
        if (archive.text(path).isEmpty()) {
            return Map.of();
        }
        List<Document> docs = documents(path);
        return docs.isEmpty() ? Map.of() : docs.get(0).content();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v instanceof Map<?, ?> m ? stringKeys(m) : v));
        return out;
    }

    private static LoadSettings settings() {
        // the Core schema reads ~, Null, True and 0x1F as Helm's YAML parser does; the default JSON schema would not
        return LoadSettings.builder().setCodePointLimit(CODE_POINT_LIMIT).setAllowDuplicateKeys(true).setMaxAliasesForCollections(100)
                .setSchema(new org.snakeyaml.engine.v2.schema.CoreSchema()).build();
    }

    static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
