package io.kubesteward.analysis;

import io.kubesteward.model.CrdHandling;
import io.kubesteward.model.ReleaseValues;
import io.kubesteward.model.SetValue;
import io.kubesteward.render.ChartArchive;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small charts written in the tests, as the archive reader hands them over, and the release input around them. */
final class Charts {
    private final String name;
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    private Charts(String name, String version) {
        this.name = name;
        file("Chart.yaml", "apiVersion: v2\nname: " + name + "\nversion: " + version + "\n");
    }

    static Charts chart(String name, String version) {
        return new Charts(name, version);
    }

    Charts file(String path, String text) {
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    ChartArchive archive() {
        return new ChartArchive(name, files, List.of());
    }

    static ReleaseValues values(Object... pathValueLine) {
        List<SetValue> out = new ArrayList<>();
        for (int i = 0; i < pathValueLine.length; i += 3) {
            out.add(new SetValue(List.of(((String) pathValueLine[i]).split("\\.")), pathValueLine[i + 1], "apps/release.yaml",
                    (Integer) pathValueLine[i + 2]));
        }
        return new ReleaseValues(out, List.of());
    }

    static ImpactInput input(Charts from, Charts to, ReleaseValues values, CrdHandling handling, Map<String, String> repo) {
        return new ImpactInput("https://charts.example.com", from.name, version(from), version(to), from.archive(), to.archive(), values,
                handling, new RepositoryObjects(repo));
    }

    private static String version(Charts c) {
        String chart = new String(c.files.get("Chart.yaml"), StandardCharsets.UTF_8);
        return chart.lines().filter(l -> l.startsWith("version: ")).findFirst().orElseThrow().substring(9).strip();
    }
}
