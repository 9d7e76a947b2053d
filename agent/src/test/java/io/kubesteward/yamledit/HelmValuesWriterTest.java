package io.kubesteward.yamledit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.declarations.yaml.Nodes;
import io.kubesteward.declarations.yaml.YamlDocument;
import io.kubesteward.declarations.yaml.YamlFile;
import io.kubesteward.declarations.yaml.YamlReader;
import io.kubesteward.model.ValuesBlock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelmValuesWriterTest {
    private static final String RELEASE = """
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata:
              name: web
            spec:
              chart:
                spec:
                  chart: web
                  version: 1.0.0
            """;

    /** The file after writing {@code values} into the mapping at {@code keys} (creating {@code create} under it). */
    private static String write(String content, List<String> keys, List<String> create, Map<List<String>, String> values) {
        YamlFile yaml = YamlReader.read("f.yaml", content);
        YamlDocument doc = yaml.documents().get(0);
        int offset = doc.offsetOf(keys.isEmpty() ? doc.root() : Nodes.get(doc.root(), keys.toArray(String[]::new)));
        List<TextEdit> edits = HelmValuesWriter.edits("f.yaml", content, yaml, new ValuesBlock("f.yaml", offset, create, "the block"), values);
        return FileEdits.apply("f.yaml", content, edits).edited();
    }

    private static Map<List<String>, String> values(String... pathsAndTexts) {
        Map<List<String>, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            out.put(List.of(pathsAndTexts[i].split("\\.")), pathsAndTexts[i + 1]);
        }
        return out;
    }

    @Test
    void a_value_set_in_place_is_replaced_in_its_own_quotes_and_nothing_else_moves() {
        String file = "# web\nresources:\n  requests:\n    cpu: \"200m\"   # tuned\n    memory: '1Gi'\n  limits: {memory: 2Gi}\n";
        assertEquals(file.replace("\"200m\"", "\"250m\"").replace("'1Gi'", "'768Mi'"),
                write(file, List.of(), List.of(), values("resources.requests.cpu", "250m", "resources.requests.memory", "768Mi")));
    }

    @Test
    void missing_keys_go_after_the_last_entry_of_the_deepest_mapping_there_in_the_files_indentation() {
        String file = "cache:\n    master:\n        resources:\n            limits:\n                memory: 1Gi\n    replicas: 1\nother: x\n";
        assertEquals("cache:\n    master:\n        resources:\n            limits:\n                memory: 1Gi\n            requests:\n"
                        + "                memory: 608Mi\n                cpu: 100m\n    replicas: 1\nother: x\n",
                write(file, List.of(), List.of(), values("cache.master.resources.requests.memory", "608Mi",
                        "cache.master.resources.requests.cpu", "100m")));
    }

    @Test
    void a_values_block_a_release_does_not_have_yet_is_created_under_its_spec() {
        String written = write(RELEASE, List.of("spec"), List.of("values"), values("master.resources.limits.memory", "688Mi"));
        assertEquals(RELEASE + "  values:\n    master:\n      resources:\n        limits:\n          memory: 688Mi\n", written);
    }

    @Test
    void an_empty_flow_mapping_or_a_bare_key_becomes_a_block() {
        assertEquals("resources:\n  requests:\n    cpu: 100m\nreplicas: 2\n",
                write("resources: {}\nreplicas: 2\n", List.of(), List.of(), values("resources.requests.cpu", "100m")));
        assertEquals("resources:\n  requests:\n    cpu: 100m\nreplicas: 2\n",
                write("resources:\nreplicas: 2\n", List.of(), List.of(), values("resources.requests.cpu", "100m")));
    }

    @Test
    void windows_line_ends_and_a_missing_last_line_end_are_kept() {
        assertEquals("a: 1\r\nb:\r\n  c: 1\r\n  d: 2\r\n", write("a: 1\r\nb:\r\n  c: 1\r\n", List.of(), List.of(), values("b.d", "2")));
        assertEquals("a: 1\nb:\n  c: 2\n", write("a: 1", List.of(), List.of(), values("b.c", "2")));
    }

    @Test
    void a_flow_mapping_with_entries_is_refused_with_its_line_and_what_to_do() {
        EditRejected e = assertThrows(EditRejected.class, () -> write("name: x\nresources: {requests: {cpu: 1}}\n", List.of(), List.of(),
                values("resources.limits.cpu", "2")));
        assertTrue(e.getMessage().contains("f.yaml:2") && e.getMessage().contains("write it as a block"), e.getMessage());
    }

    @Test
    void a_block_scalar_or_a_list_in_the_way_is_refused() {
        assertThrows(EditRejected.class, () -> write("resources:\n  - cpu\n", List.of(), List.of(), values("resources.requests.cpu", "1")));
        assertThrows(EditRejected.class, () -> write("cpu: |\n  1\n", List.of(), List.of(), values("cpu", "2")));
    }

    @Test
    void a_tagged_value_is_replaced_after_its_tag_and_the_tag_stays() {
        assertEquals("resources:\n  requests:\n    cpu: !!str 250m\n",
                write("resources:\n  requests:\n    cpu: !!str 100m\n", List.of(), List.of(), values("resources.requests.cpu", "250m")));
    }

    @Test
    void an_anchored_value_or_a_block_under_an_anchor_is_refused_since_other_entries_reuse_it() {
        EditRejected value = assertThrows(EditRejected.class, () -> write("base: &cpu 100m\nresources:\n  requests:\n    cpu: *cpu\n",
                List.of(), List.of(), values("base", "250m")));
        assertTrue(value.getMessage().contains("&cpu"), value.getMessage());
        String shared = "templates:\n  default: &default\n    values:\n      resources:\n        requests:\n          cpu: 1\n"
                + "releases:\n  - name: a\n    <<: *default\n";
        EditRejected block = assertThrows(EditRejected.class, () -> write(shared, List.of("templates", "default", "values"), List.of(),
                values("resources.requests.cpu", "2")));
        assertTrue(block.getMessage().contains("&default") && block.getMessage().contains("own values"), block.getMessage());
        assertThrows(EditRejected.class, () -> write("resources: &res\n  requests:\n    cpu: 1\nother: *res\n", List.of(), List.of(),
                values("resources.requests.cpu", "2")));
    }

    @Test
    void an_empty_values_block_of_a_release_becomes_a_block_below_its_key() {
        String release = RELEASE + "  values: {}\n";
        assertEquals(RELEASE + "  values:\n    resources:\n      limits:\n        memory: 688Mi\n",
                write(release, List.of("spec", "values"), List.of(), values("resources.limits.memory", "688Mi")));
        assertEquals("resources:\n  requests:\n    cpu: 1\n", write("{}\n", List.of(), List.of(), values("resources.requests.cpu", "1")));
    }

    @Test
    void an_empty_mapping_in_a_list_keeps_its_nesting_after_the_dash() {
        String file = "values:\n  - {}\n";
        YamlFile yaml = YamlReader.read("f.yaml", file);
        YamlDocument doc = yaml.documents().get(0);
        int offset = doc.offsetOf(((org.snakeyaml.engine.v2.nodes.SequenceNode) Nodes.get(doc.root(), "values")).getValue().get(0));
        List<TextEdit> edits = HelmValuesWriter.edits("f.yaml", file, yaml, new ValuesBlock("f.yaml", offset, List.of(), "the item"),
                values("resources.requests.cpu", "1"));
        assertEquals("values:\n  - resources:\n      requests:\n        cpu: 1\n", FileEdits.apply("f.yaml", file, edits).edited());
    }
}
