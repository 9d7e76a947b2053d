package io.kubesteward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReleaseChangesTest {
    @Test
    void structuredEntriesWithLinks() {
        ReleaseChanges c = ReleaseChanges.parse("""
                - kind: added
                  description: New flag
                  links:
                    - name: PR
                      url: https://example.com/pr/1
                - kind: fixed
                  description: A crash
                """);
        assertEquals(List.of(
                new ReleaseChanges.Entry("added", "New flag", List.of(new ReleaseChanges.Link("PR", "https://example.com/pr/1"))),
                new ReleaseChanges.Entry("fixed", "A crash", List.of())), c.entries());
    }

    @Test
    void plainLines() {
        assertEquals(List.of(new ReleaseChanges.Entry(null, "Bump app to 1.2", List.of()), new ReleaseChanges.Entry(null, "42", List.of())),
                ReleaseChanges.parse("- Bump app to 1.2\n- 42\n").entries());
    }

    @Test
    void anythingElseIsLeftForTheRawFallback() {
        assertTrue(ReleaseChanges.parse("Just a sentence.").entries().isEmpty());
        assertTrue(ReleaseChanges.parse("kind: added\ndescription: not a list").entries().isEmpty());
        assertTrue(ReleaseChanges.parse("- kind: added\n  links: []\n").entries().isEmpty());
        assertTrue(ReleaseChanges.parse("- [unclosed").entries().isEmpty());
        assertTrue(ReleaseChanges.parse(null).entries().isEmpty());
    }

    @Test
    void manyAliasesAreRefused() {
        StringBuilder yaml = new StringBuilder("- kind: added\n  description: d\n  links: &l [{name: n, url: 'https://x'}]\n");
        assertEquals(2, ReleaseChanges.parse(yaml + "- {description: d, links: *l}\n").entries().size());
        yaml.append("- {description: d, links: *l}\n".repeat(30));
        assertTrue(ReleaseChanges.parse(yaml.toString()).entries().isEmpty());
    }
}
