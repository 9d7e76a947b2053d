package io.kubesteward.render;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart as Helm renders it when an umbrella chart bundles it under an alias: Helm renames the dependency to its
 * alias, so {@code .Chart.Name} (and the object names and {@code helm.sh/chart} labels made from it) reads the alias.
 * Rendering the dependency on its own under that name gives the objects the umbrella's release makes.
 */
public final class AliasedChart {
    private AliasedChart() {
    }

    /** The archive with its Chart.yaml's {@code name} set to {@code alias} (only that line: the rest stays as written). */
    public static ChartArchive as(ChartArchive archive, String alias) {
        String chart = archive.text("Chart.yaml").orElse(null);
        if (chart == null) {
            return archive; // Helm reports a chart without Chart.yaml itself when it renders
        }
        Matcher name = NAME.matcher(chart);
        if (!name.find() || name.group(2).equals(alias)) {
            return archive;
        }
        Map<String, byte[]> files = new LinkedHashMap<>(archive.files());
        String renamed = chart.substring(0, name.start(2)) + alias + chart.substring(name.end(2));
        files.put("Chart.yaml", renamed.getBytes(StandardCharsets.UTF_8));
        return new ChartArchive(archive.name(), files, archive.skipped());
    }

    /** The top-level {@code name:} and its value, plain or quoted. */
    private static final Pattern NAME = Pattern.compile("(?m)^name:[ \t]*(['\"]?)([^'\"#\r\n]*?)\\1[ \t]*(#.*)?$");
}
