package io.kubesteward.yamledit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One line added to a kustomization's list, and nothing else touched. */
class YamlListAppendTest {
    private static String append(String content, String key) {
        TextEdit edit = YamlListAppend.insertion("kustomization.yaml", content, key, "path: p.yaml", "{path: p.yaml}");
        return FileEdits.apply("kustomization.yaml", content, List.of(edit)).edited();
    }

    @Test
    void after_the_last_item_of_a_block_list_with_its_indentation_before_what_follows() {
        String content = "resources:\n    - a.yaml\npatches:\n    - path: x.yaml\n      target:\n        kind: Deployment\n# trailing note\nnamespace: apps\n";
        assertEquals("resources:\n    - a.yaml\npatches:\n    - path: x.yaml\n      target:\n        kind: Deployment\n    - path: p.yaml\n"
                + "# trailing note\nnamespace: apps\n", append(content, "patches"));
    }

    @Test
    void after_an_inline_patch_in_a_block_scalar() {
        String content = "patches:\n  - patch: |-\n      - op: remove\n        path: /spec/replicas\nnamespace: apps\n";
        assertEquals("patches:\n  - patch: |-\n      - op: remove\n        path: /spec/replicas\n  - path: p.yaml\nnamespace: apps\n",
                append(content, "patches"));
    }

    @Test
    void inside_a_flow_list_and_with_the_file_s_line_ends_and_at_a_last_line_without_newline() {
        assertEquals("patches: [{path: x.yaml}, {path: p.yaml}]\n", append("patches: [{path: x.yaml}]\n", "patches"));
        assertEquals("patches: [{path: p.yaml}]\n", append("patches: []\n", "patches"));
        assertEquals("namespace: apps\r\npatches:\r\n  - path: x.yaml\r\n  - path: p.yaml\r\n",
                append("namespace: apps\r\npatches:\r\n  - path: x.yaml\r\n", "patches"));
        assertEquals("patches:\n- path: x.yaml\n- path: p.yaml\n", append("patches:\n- path: x.yaml", "patches"));
    }

    @Test
    void a_new_key_at_the_end_indented_like_resources() {
        assertEquals("resources:\n  - a.yaml\npatches:\n  - path: p.yaml\n", append("resources:\n  - a.yaml\n", "patches"));
        assertEquals("namespace: apps\npatches:\n- path: p.yaml\n", append("namespace: apps", "patches"));
    }

    @Test
    void what_is_no_list_is_refused_with_the_reason() {
        EditRejected empty = assertThrows(EditRejected.class, () -> append("patches:\nnamespace: a\n", "patches"));
        assertTrue(empty.getMessage().contains("without a list"), empty.getMessage());
        EditRejected map = assertThrows(EditRejected.class, () -> append("patches: {a: b}\n", "patches"));
        assertTrue(map.getMessage().contains("is not a list"), map.getMessage());
        EditRejected docs = assertThrows(EditRejected.class, () -> append("a: 1\n---\nb: 2\n", "patches"));
        assertTrue(docs.getMessage().contains("single YAML mapping"), docs.getMessage());
    }
}
