package io.kubesteward.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Helm's own engine, through helm-java's native library, on charts written here. */
class ChartRendererTest {
    private static ChartRenderer renderer;
    @TempDir
    static Path work;

    @BeforeAll
    static void load() throws Exception {
        renderer = new ChartRenderer(HelmLibrary.shared(java.time.Clock.systemUTC()), work, Duration.ofSeconds(60));
    }

    @AfterAll
    static void close() {
        renderer.close();
    }

    private static ChartArchive chart(String kubeVersion, String... pathsAndTexts) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("Chart.yaml", ("apiVersion: v2\nname: demo\nversion: 1.0.0\n" + (kubeVersion == null ? "" : "kubeVersion: \"" + kubeVersion + "\"\n"))
                .getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return new ChartArchive("demo", files, List.of());
    }

    private static final String CONFIG_MAP = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: {{ .Release.Name }}-config
              namespace: {{ .Release.Namespace }}
            data:
              port: {{ .Values.port | quote }}
              kube: {{ .Capabilities.KubeVersion.Version | quote }}
              {{- if .Values.extra }}
              extra: {{ .Values.extra | quote }}
              {{- end }}
            """;

    @Test
    void renders_with_the_release_the_values_and_the_kubernetes_version_given() throws Exception {
        ChartArchive chart = chart(null, "values.yaml", "port: 80\nextra: default\n", "templates/cm.yaml", CONFIG_MAP);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("port", 8080);
        values.put("extra", null); // a null deletes the chart's default, as in a values file
        String manifest = renderer.render(chart, new RenderRequest("web", "apps", "1.29.4", values));
        assertTrue(manifest.contains("# Source: demo/templates/cm.yaml"), manifest);
        assertTrue(manifest.contains("name: web-config") && manifest.contains("namespace: apps"), manifest);
        assertTrue(manifest.contains("port: \"8080\""), manifest);
        assertTrue(manifest.contains("kube: \"v1.29.4\""), manifest);
        assertFalse(manifest.contains("extra:"), manifest);
    }

    @Test
    void a_kube_version_the_chart_refuses_fails_with_helms_words_and_no_temporary_path() throws Exception {
        ChartArchive chart = chart(">=1.30.0-0", "templates/cm.yaml", CONFIG_MAP);
        RenderFailed failed = assertThrows(RenderFailed.class, () -> renderer.render(chart, new RenderRequest("web", null, "1.24.17", Map.of())));
        assertTrue(failed.getMessage().contains("chart requires kubeVersion: >=1.30.0-0 which is incompatible with Kubernetes v1.24.17"),
                failed.getMessage());
        assertFalse(failed.getMessage().contains(work.toString()), failed.getMessage());
        assertTrue(failed.byHelm(), "Helm's own refusal");
        try (Stream<Path> left = Files.list(work)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("steward-render-")).toList(),
                    "every temporary chart folder is removed");
        }
    }

    @Test
    void a_template_that_fails_names_the_template_and_a_chart_without_templates_renders_nothing() throws Exception {
        ChartArchive failing = chart(null, "templates/cm.yaml", "{{ required \"auth.password is required\" .Values.auth.password }}");
        RenderFailed failed = assertThrows(RenderFailed.class, () -> renderer.render(failing, new RenderRequest("web", null, "1.30.0",
                Map.of("auth", Map.of()))));
        assertTrue(failed.getMessage().contains("demo/templates/cm.yaml") && failed.getMessage().contains("auth.password is required"),
                failed.getMessage());
        assertEquals("", renderer.render(chart(null), new RenderRequest("web", null, "1.30.0", Map.of())).strip());
    }

    @Test
    void dependencies_bundled_as_folders_render_and_missing_ones_are_dropped_from_chart_yaml() throws Exception {
        ChartArchive umbrella = chart(null, "templates/cm.yaml", CONFIG_MAP, "values.yaml", "port: 1\nsub:\n  greeting: hi\n",
                "charts/sub/Chart.yaml", "apiVersion: v2\nname: sub\nversion: 0.1.0\n",
                "charts/sub/templates/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: sub}\ndata: {greeting: {{ .Values.greeting }}}\n");
        Map<String, byte[]> files = new LinkedHashMap<>(umbrella.files());
        files.put("Chart.yaml", ("apiVersion: v2\nname: demo\nversion: 1.0.0\ndependencies:\n  - name: sub\n    version: 0.1.0\n"
                + "  - name: absent\n    version: 1.0.0\n    repository: https://charts.example.com\n").getBytes(StandardCharsets.UTF_8));
        ChartArchive declared = new ChartArchive("demo", files, List.of());
        assertEquals(List.of("absent"), BundledDependencies.missing(declared));
        RenderFailed refused = assertThrows(RenderFailed.class, () -> renderer.render(declared, new RenderRequest("web", null, "1.30.0", Map.of())));
        assertTrue(refused.getMessage().contains("missing in charts/ directory: absent"), refused.getMessage());
        String manifest = renderer.render(BundledDependencies.withoutMissing(declared), new RenderRequest("web", null, "1.30.0", Map.of()));
        assertTrue(manifest.contains("greeting: hi") && manifest.contains("name: web-config"), manifest);
    }

    @Test
    void a_render_past_the_timeout_is_abandoned_and_said_to_be_steward_s_not_helm_s() throws Exception {
        ChartArchive slow = chart(null, "templates/cm.yaml", "{{ range until 4000 }}{{ range until 4000 }}{{ end }}{{ end }}");
        try (ChartRenderer impatient = new ChartRenderer(HelmLibrary.shared(java.time.Clock.systemUTC()), work, Duration.ofMillis(50))) {
            RenderFailed failed = assertThrows(RenderFailed.class, () -> impatient.render(slow, new RenderRequest("web", null, "1.30.0", Map.of())));
            assertFalse(failed.byHelm(), failed.getMessage());
            assertTrue(failed.getMessage().contains("did not finish rendering within"), failed.getMessage());
        }
    }

    @Test
    void a_bundled_dependency_archive_renders_and_helm_never_sees_its_values_schema() throws Exception {
        byte[] sub = new TarBuilder().file("sub/Chart.yaml", "apiVersion: v2\nname: sub\nversion: 0.1.0\n")
                .file("sub/values.schema.json", "{\"$ref\": \"http://127.0.0.1:9/schema.json\", \"required\": [\"never\"]}")
                .file("sub/templates/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: sub}\ndata: {greeting: {{ .Values.greeting }}}\n")
                .file("sub/values.yaml", "greeting: hello\n").tgz();
        Map<String, byte[]> files = new LinkedHashMap<>(chart(null).files());
        files.put("Chart.yaml", "apiVersion: v2\nname: demo\nversion: 1.0.0\ndependencies:\n  - name: sub\n    version: 0.1.0\n"
                .getBytes(StandardCharsets.UTF_8));
        files.put("charts/sub-0.1.0.tgz", sub);
        String manifest = renderer.render(new ChartArchive("demo", files, List.of()), new RenderRequest("web", null, "1.30.0", Map.of()));
        assertTrue(manifest.contains("greeting: hello") && manifest.contains("# Source: demo/charts/sub/templates/cm.yaml"), manifest);
    }
}
