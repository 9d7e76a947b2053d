package io.kubesteward.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NestedChartsTest {
    private static byte[] chartTgz(String name, String... pathsAndBodies) {
        TarBuilder tar = new TarBuilder().file(name + "/Chart.yaml", "apiVersion: v2\nname: " + name + "\nversion: 1.0.0\n");
        for (int i = 0; i < pathsAndBodies.length; i += 2) {
            tar.file(name + "/" + pathsAndBodies[i], pathsAndBodies[i + 1]);
        }
        return tar.tgz();
    }

    private static byte[] withInner(String name, String innerPath, byte[] inner) {
        TarBuilder tar = new TarBuilder().file(name + "/Chart.yaml", "apiVersion: v2\nname: " + name + "\nversion: 1.0.0\n");
        tar.entry(name + "/" + innerPath, '0', inner);
        return tar.tgz();
    }

    private static ChartArchive outer(Map<String, byte[]> extra) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("Chart.yaml", "apiVersion: v2\nname: app\nversion: 1.0.0\n".getBytes(StandardCharsets.UTF_8));
        files.putAll(extra);
        return new ChartArchive("app", files, List.of());
    }

    @Test
    void bundled_archives_at_any_depth_become_folders_and_an_archive_without_any_is_itself() throws Exception {
        byte[] common = chartTgz("common", "templates/_helpers.tpl", "{{- define \"common.name\" -}}x{{- end -}}");
        byte[] redis = withInner("redis", "charts/common-2.0.0.tgz", common);
        ChartArchive expanded = NestedCharts.expand(outer(Map.of("charts/redis-1.0.0.tgz", redis)), ArchiveLimits.HELM, "app 1.0.0");
        assertEquals(List.of("Chart.yaml", "charts/redis/Chart.yaml", "charts/redis/charts/common/Chart.yaml",
                "charts/redis/charts/common/templates/_helpers.tpl"), List.copyOf(expanded.files().keySet()));
        ChartArchive plain = outer(Map.of("templates/cm.yaml", new byte[0], "files/charts/x.tgz", new byte[] {1}));
        assertSame(plain, NestedCharts.expand(plain, ArchiveLimits.HELM, "app"), "a .tgz outside a charts/ folder of a chart is a file");
        ChartArchive hidden = outer(Map.of("charts/_disabled-1.0.0.tgz", chartTgz("disabled"), "charts/.old.tgz", chartTgz("old")));
        assertSame(hidden, NestedCharts.expand(hidden, ArchiveLimits.HELM, "app"), "Helm's loader skips names starting with _ or .");
    }

    @Test
    void a_dependency_bundled_as_folder_and_archive_keeps_the_folder_and_says_so() throws Exception {
        ChartArchive both = outer(Map.of("charts/redis/Chart.yaml", "apiVersion: v2\nname: redis\nversion: 9.9.9\n".getBytes(StandardCharsets.UTF_8),
                "charts/redis-1.0.0.tgz", chartTgz("redis")));
        ChartArchive expanded = NestedCharts.expand(both, ArchiveLimits.HELM, "app");
        assertTrue(expanded.text("charts/redis/Chart.yaml").orElseThrow().contains("9.9.9"));
        assertFalse(expanded.files().containsKey("charts/redis-1.0.0.tgz"));
        assertEquals(List.of("charts/redis-1.0.0.tgz (the folder charts/redis/ bundles the same dependency and is used)"), expanded.skipped());
    }

    @Test
    void inner_archives_share_the_outer_budget_and_nest_only_so_deep() {
        ArchiveLimits small = new ArchiveLimits(1 << 20, 4096, 4096, 100);
        ChartArchive big = outer(Map.of("values.yaml", new byte[3000], "charts/redis-1.0.0.tgz", chartTgz("redis", "values.yaml", "x".repeat(2000))));
        ArchiveRefused refused = assertThrows(ArchiveRefused.class, () -> NestedCharts.expand(big, small, "app 1.0.0"));
        assertTrue(refused.getMessage().startsWith("app 1.0.0: its bundled charts/redis-1.0.0.tgz"), refused.getMessage());
        byte[] deepest = chartTgz("c6");
        for (int level = 5; level >= 1; level--) {
            deepest = withInner("c" + level, "charts/c" + (level + 1) + ".tgz", deepest);
        }
        ChartArchive deep = outer(Map.of("charts/c1.tgz", deepest));
        ArchiveRefused tooDeep = assertThrows(ArchiveRefused.class, () -> NestedCharts.expand(deep, ArchiveLimits.HELM, "app"));
        assertTrue(tooDeep.getMessage().contains("more than 5 levels deep"), tooDeep.getMessage());
    }
}
