package io.kubesteward.render;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A chart as Helm renders it when an umbrella chart bundles it under an alias: Helm renames the dependency to its
 * alias, so {@code .Chart.Name} (and the object names and {@code helm.sh/chart} labels made from it) reads the alias.
 * Rendering the dependency on its own under that name gives the objects the umbrella's release makes.
 */
public final class AliasedChart {
    private AliasedChart() {
    }

    /** The archive with its Chart.yaml's {@code name} set to {@code alias}; the archive itself when it has that name. */
    @SuppressWarnings("unchecked")
    public static ChartArchive as(ChartArchive archive, String alias) {
        Object doc;
        try {
            doc = new Load(LoadSettings.builder().setCodePointLimit(1024 * 1024).build()).loadFromString(archive.text("Chart.yaml").orElse(""));
        } catch (YamlEngineException e) {
            return archive; // Helm reports an unreadable Chart.yaml itself when it renders
        }
        if (!(doc instanceof Map<?, ?> chart) || alias.equals(chart.get("name"))) {
            return archive;
        }
        Map<String, Object> renamed = new LinkedHashMap<>((Map<String, Object>) chart);
        renamed.put("name", alias);
        Map<String, byte[]> files = new LinkedHashMap<>(archive.files());
        files.put("Chart.yaml", new Dump(DumpSettings.builder().build()).dumpToString(renamed).getBytes(StandardCharsets.UTF_8));
        return new ChartArchive(archive.name(), files, archive.skipped());
    }
}
