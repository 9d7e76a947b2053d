package io.kubesteward.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.render.ChartArchive;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Candidate keys, sentinels and what two renders prove, on manifests as Helm writes them. */
class ResourceTraceTest {
    private static ChartArchive chart(String... pathsAndTexts) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return new ChartArchive("c", files, List.of());
    }

    @Test
    void candidates_come_from_values_templates_dependencies_under_their_alias_and_the_release_values() {
        ChartArchive c = chart("Chart.yaml", "name: c\ndependencies:\n  - {name: redis, alias: cache}\n",
                "values.yaml", "controller:\n  resources: {}\n  image: x\nresources:\n  requests: {cpu: 1}\n",
                "templates/d.yaml", "{{ toYaml .Values.metrics.resources }} {{ .Values.resources.requests.cpu }}",
                "charts/redis/values.yaml", "master:\n  resources: {}\n",
                "charts/redis/templates/s.yaml", "{{ .Values.replica.resources }}");
        Map<String, Object> user = Map.of("sidecar", Map.of("resources", Map.of()));
        assertEquals(List.of(List.of("controller", "resources"), List.of("resources"), List.of("metrics", "resources"),
                        List.of("cache", "master", "resources"), List.of("cache", "replica", "resources"), List.of("sidecar", "resources")),
                ResourceCandidates.of(c, user));
    }

    @Test
    void a_sentinel_names_its_block_and_field_and_nothing_else_decodes() {
        List<List<String>> used = new ArrayList<>();
        Map<String, Object> values = ResourceSentinels.values(List.of(List.of("a", "resources"), List.of("preset")),
                Map.of("preset", "nano"), used);
        assertEquals(java.util.Arrays.asList(List.of("a", "resources"), null), used, "a place holding a string is left as it is");
        assertEquals("nano", values.get("preset"));
        Object limitMemory = ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) values.get("a")).get("resources")).get("limits")).get("memory");
        assertEquals(Optional.of(new ResourceSentinels.Fed(List.of("a", "resources"), "limits.memory")), ResourceSentinels.decode(used, limitMemory));
        assertEquals(Optional.empty(), ResourceSentinels.decode(used, "7340003m"), "a memory sentinel's number in CPU units");
        assertEquals(Optional.empty(), ResourceSentinels.decode(used, "100m"));
        assertEquals(Optional.empty(), ResourceSentinels.decode(used, "7340004m"), "the second candidate was not set");
    }

    private static String deployment(String name, String resources, String extra) {
        return """
                ---
                # Source: c/templates/d.yaml
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: %s}
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          resources: %s
                %s""".formatted(name, resources, extra);
    }

    @Test
    void a_field_is_proven_only_by_its_own_sentinel_reaching_only_it() {
        List<List<String>> used = List.of(List.of("resources"), List.of("shared", "resources"));
        String now = deployment("web", "{requests: {cpu: 100m, memory: 64Mi}, limits: {memory: 128Mi}}", "");
        String probed = deployment("web", "{requests: {cpu: 7340000m, memory: 64Mi}, limits: {memory: 7340001Ki, cpu: 7340006m}}", "")
                + deployment("other", "{limits: {cpu: 7340006m}}", "");
        ResourceTrace t = ResourceTrace.of(now, probed, used, "apps", "Deployment", "apps", "web");
        assertTrue(t.found());
        assertEquals(Optional.of(List.of("resources", "requests", "cpu")), t.path("app", "requests.cpu"));
        assertEquals("100m", t.currentText("app", "requests.cpu").orElseThrow());
        assertEquals("the chart writes requests.memory itself (c/templates/d.yaml), whatever the values say",
                t.unprovenWhy("app", "requests.memory").orElseThrow());
        assertEquals("the chart writes the values key resources.requests.memory into limits.memory",
                t.unprovenWhy("app", "limits.memory").orElseThrow());
        assertTrue(t.unprovenWhy("app", "limits.cpu").orElseThrow().startsWith("the values key shared.resources.limits.cpu also sets"
                + " limits.cpu of container app of Deployment apps/other"));
        assertFalse(ResourceTrace.of(now, probed, used, "apps", "Deployment", "apps", "gone").found());
    }

    @Test
    void an_edit_is_confirmed_only_when_exactly_the_proposed_quantities_change() {
        String before = deployment("web", "{requests: {cpu: 100m}}", "");
        Map<String, Map<String, Map<String, String>>> expected = Map.of(ValuesEditCheck.key("Deployment", "apps", "web"),
                Map.of("app", Map.of("requests.cpu", "250m", "limits.memory", "1Gi")));
        assertTrue(ValuesEditCheck.check(before, deployment("web", "{requests: {cpu: 0.25}, limits: {memory: 1024Mi}}", ""), "apps", expected)
                .confirmed(), "quantities compare by amount, and a limits block the edit adds is its fields");
        ValuesEditCheck.Outcome more = ValuesEditCheck.check(before,
                deployment("web", "{requests: {cpu: 250m}, limits: {memory: 1Gi}}", "") + deployment("new", "{}", ""), "apps", expected);
        assertEquals(List.of("Deployment apps/new is rendered in addition"), more.problems());
        ValuesEditCheck.Outcome short_ = ValuesEditCheck.check(before, deployment("web", "{requests: {cpu: 250m}}", ""), "apps", expected);
        assertEquals(List.of("container app of Deployment apps/web does not get limits.memory 1Gi from the edited values"), short_.problems());
    }

    @Test
    void a_values_checksum_annotation_changing_is_a_note_not_a_refusal() {
        String template = "  # pod annotations\n";
        String before = deployment("web", "{requests: {cpu: 100m}}", "").replace("    spec:\n      containers", "    metadata:\n"
                + "      annotations: {checksum/config: aaa}\n    spec:\n      containers") + template;
        String after = before.replace("cpu: 100m", "cpu: 200m").replace("aaa", "bbb");
        ValuesEditCheck.Outcome o = ValuesEditCheck.check(before, after, "apps",
                Map.of(ValuesEditCheck.key("Deployment", "apps", "web"), Map.of("app", Map.of("requests.cpu", "200m"))));
        assertTrue(o.confirmed(), o::toString);
        assertEquals(1, o.notes().size(), o::toString);
    }
}
