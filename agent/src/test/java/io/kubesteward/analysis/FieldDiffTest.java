package io.kubesteward.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldDiffTest {
    private static List<String> diff(Object a, Object b) {
        return FieldDiff.between(a, b).stream().map(FieldDiff.Change::shown).toList();
    }

    @Test
    void named_items_pair_by_name_and_others_by_position() {
        Map<String, Object> before = Map.of("containers", List.of(Map.of("name", "a", "image", "x:1"), Map.of("name", "b", "image", "y:1")));
        Map<String, Object> after = Map.of("containers", List.of(Map.of("name", "b", "image", "y:2"), Map.of("name", "a", "image", "x:1")));
        assertEquals(List.of("containers[name=b].image: y:1 → y:2"), diff(before, after));
        assertEquals(List.of("ports[1]: (none) → (1 key)"), diff(Map.of("ports", List.of(Map.of("port", 80))),
                Map.of("ports", List.of(Map.of("port", 80), Map.of("port", 443)))));
    }

    @Test
    void plain_lists_show_what_went_and_came_and_keys_with_dots_are_quoted() {
        assertEquals(List.of("verbs: [update] → [patch]"), diff(Map.of("verbs", List.of("get", "update")), Map.of("verbs", List.of("patch", "get"))));
        assertEquals(List.of("args: (same items) → (another order)"), diff(Map.of("args", List.of("-a", "-b")), Map.of("args", List.of("-b", "-a"))));
        assertEquals(List.of("labels.\"helm.sh/chart\": a-1 → a-2"), diff(Map.of("labels", Map.of("helm.sh/chart", "a-1")),
                Map.of("labels", Map.of("helm.sh/chart", "a-2"))));
    }
}
