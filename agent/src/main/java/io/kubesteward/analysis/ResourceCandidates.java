package io.kubesteward.analysis;

import io.kubesteward.render.ChartArchive;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values paths that might hold a container's {@code resources} block, to be tried by rendering (never trusted by
 * name): every {@code resources} key of the chart's and its bundled dependencies' {@code values.yaml} (a dependency's
 * under its alias or name), every {@code .Values….resources} its templates read, and every {@code resources} key the
 * release's own values set. A path inside another candidate is left out: setting the outer block sets it.
 */
public final class ResourceCandidates {
    private static final Pattern VALUES_REF = Pattern.compile("\\.Values((?:\\.[A-Za-z_][A-Za-z0-9_-]*)+)");
    private static final String KEY = "resources";
    private static final int MAX_DEPTH = 16;
    /** How deep bundled dependencies are followed: as deep as the archive reader unpacks them. */
    private static final int MAX_NESTING = 5;

    private ResourceCandidates() {
    }

    /** @param chart the archive with its bundled dependencies unpacked; @param values the release's values as one tree */
    public static List<List<String>> of(ChartArchive chart, Map<String, Object> values) {
        Set<List<String>> found = new LinkedHashSet<>();
        collect(chart, "", List.of(), found, 0);
        walk(values, new ArrayList<>(), found, 0);
        List<List<String>> out = new ArrayList<>();
        for (List<String> path : found) {
            if (found.stream().noneMatch(other -> other.size() < path.size() && path.subList(0, other.size()).equals(other))) {
                out.add(path);
            }
        }
        return List.copyOf(out);
    }

    private static void collect(ChartArchive chart, String folder, List<String> prefix, Set<List<String>> out, int depth) {
        ChartFiles files = new ChartFiles(chart, folder);
        walk(files.values(), new ArrayList<>(prefix), out, 0);
        for (Map.Entry<String, byte[]> file : chart.files().entrySet()) {
            String path = file.getKey();
            if (path.startsWith(folder + "templates/")) {
                Matcher m = VALUES_REF.matcher(chart.text(path).orElse(""));
                while (m.find()) {
                    List<String> keys = List.of(m.group(1).substring(1).split("\\."));
                    int at = keys.indexOf(KEY);
                    if (at >= 0) {
                        List<String> candidate = new ArrayList<>(prefix);
                        candidate.addAll(keys.subList(0, at + 1));
                        out.add(List.copyOf(candidate));
                    }
                }
            }
        }
        if (depth >= MAX_NESTING || !(files.chart().get("dependencies") instanceof List<?> deps)) {
            return;
        }
        for (Object d : deps) {
            if (d instanceof Map<?, ?> dep && dep.get("name") != null) {
                String name = String.valueOf(dep.get("name"));
                String key = dep.get("alias") != null ? String.valueOf(dep.get("alias")) : name;
                List<String> inner = new ArrayList<>(prefix);
                inner.add(key);
                collect(chart, folder + "charts/" + name + "/", List.copyOf(inner), out, depth + 1);
            }
        }
    }

    private static void walk(Object node, List<String> path, Set<List<String>> out, int depth) {
        if (!(node instanceof Map<?, ?> map) || depth > MAX_DEPTH) {
            return;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            path.add(key);
            if (key.equals(KEY) && (e.getValue() == null || e.getValue() instanceof Map<?, ?>)) {
                out.add(List.copyOf(path));
            } else {
                walk(e.getValue(), path, out, depth + 1);
            }
            path.remove(path.size() - 1);
        }
    }
}
