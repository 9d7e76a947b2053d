package io.kubesteward.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The dependencies a chart's {@code Chart.yaml} (or a v1 chart's {@code requirements.yaml}) declares that its archive does not bundle under {@code charts/}
 * (as a folder or a {@code .tgz}). Helm refuses to render such an archive at all; Steward renders it without them,
 * so the chart's own templates can still be compared, and says so.
 */
public final class BundledDependencies {
    private static final Pattern ARCHIVE = Pattern.compile("^charts/(.+?)-v?[0-9][^/]*\\.tgz$");
    private static final String REQUIREMENTS = "requirements.yaml"; // where apiVersion v1 charts declare them
    private static final Pattern FOLDER = Pattern.compile("^charts/([^/]+)/Chart\\.yaml$");

    private BundledDependencies() {
    }

    /** The names of the declared dependencies not in the archive, sorted. */
    public static List<String> missing(ChartArchive archive) {
        Set<String> bundled = new TreeSet<>();
        for (String path : archive.files().keySet()) {
            Matcher folder = FOLDER.matcher(path);
            Matcher tgz = ARCHIVE.matcher(path);
            if (folder.matches()) {
                bundled.add(folder.group(1));
                bundledName(archive, path).ifPresent(bundled::add);
            } else if (tgz.matches()) {
                bundled.add(tgz.group(1));
            }
        }
        Set<String> out = new TreeSet<>();
        List<Map<String, Object>> declared = new ArrayList<>(dependencies(chart(archive)));
        declared.addAll(dependencies(load(archive.text(REQUIREMENTS).orElse(""))));
        for (Map<String, Object> dep : declared) {
            Object name = dep.get("name");
            if (name != null && !bundled.contains(String.valueOf(name))) {
                out.add(String.valueOf(name));
            }
        }
        return List.copyOf(out);
    }

    /** The archive with the missing dependencies dropped from its Chart.yaml; the archive itself when none are missing. */
    public static ChartArchive withoutMissing(ChartArchive archive) {
        List<String> missing = missing(archive);
        if (missing.isEmpty()) {
            return archive;
        }
        Map<String, byte[]> files = new LinkedHashMap<>(archive.files());
        for (String file : List.of("Chart.yaml", REQUIREMENTS)) {
            if (archive.files().containsKey(file)) {
                Map<String, Object> doc = new LinkedHashMap<>(load(archive.text(file).orElse("")));
                if (doc.containsKey("dependencies")) {
                    doc.put("dependencies", dependencies(doc).stream().filter(d -> !missing.contains(String.valueOf(d.get("name")))).toList());
                    files.put(file, new Dump(DumpSettings.builder().build()).dumpToString(doc).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        files.remove("Chart.lock");
        files.remove("requirements.lock");
        return new ChartArchive(archive.name(), files, archive.skipped());
    }

    private static java.util.Optional<String> bundledName(ChartArchive archive, String chartYaml) {
        Map<String, Object> sub = load(archive.text(chartYaml).orElse(""));
        return java.util.Optional.ofNullable(sub.get("name")).map(String::valueOf);
    }

    private static Map<String, Object> chart(ChartArchive archive) {
        return load(archive.text("Chart.yaml").orElse(""));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> dependencies(Map<String, Object> chart) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (chart.get("dependencies") instanceof List<?> deps) {
            deps.stream().filter(d -> d instanceof Map<?, ?>).forEach(d -> out.add((Map<String, Object>) d));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String text) {
        try {
            Object doc = new Load(LoadSettings.builder().setCodePointLimit(1024 * 1024).build()).loadFromString(text);
            return doc instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        } catch (YamlEngineException e) {
            return Map.of(); // Helm reports an unreadable Chart.yaml itself when it renders
        }
    }
}
