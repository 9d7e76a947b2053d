package io.kubesteward.forge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.report.PullRequestMetadata;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyLimitTest {
    private static final String METADATA =
            new PullRequestMetadata("steward/helm/x", "x", "https://charts.example.com", List.of("1.2.3")).comment();

    @Test
    void aBodyWithinTheLimitIsLeftAlone() {
        String body = "short\n\n" + METADATA;
        assertSame(body, BodyLimit.fit(body, ForgeKind.GITHUB));
    }

    @CatalogueEntry(52)
    @Test
    void aLongBodyIsCutAtALineWithANoteAndKeepsTheMetadataLast() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < 80_000; i++) {
            b.append("| chart-").append(i).append(" | 1.0.0 | 2.0.0 |\n");
        }
        String fitted = BodyLimit.fit(b + "\n" + METADATA, ForgeKind.GITHUB);
        assertTrue(fitted.length() <= 65_536, "length " + fitted.length());
        assertTrue(fitted.endsWith(METADATA));
        assertEquals(List.of("1.2.3"), PullRequestMetadata.find(fitted).orElseThrow().targetVersions());
        assertTrue(fitted.contains("_This description was cut to fit GitHub's limit of 65,536 characters._"));
        String kept = fitted.substring(0, fitted.indexOf("\n\n---\n_This description"));
        assertTrue(kept.endsWith(" |"), "cut at a line end, not inside a table row");
    }

    @Test
    void aCodeBlockOpenAtTheCutIsClosedSoTheNoteShows() {
        String body = "intro\n```diff\n" + "+ line\n".repeat(20_000) + "```\n";
        String fitted = BodyLimit.fit(body, 10_000, "Gitea");
        String beforeNote = fitted.substring(0, fitted.indexOf("\n\n---\n_This description"));
        assertTrue(beforeNote.endsWith("\n```"), beforeNote.substring(beforeNote.length() - 20));
        assertTrue(fitted.length() <= 10_000);
    }

    @Test
    void neverSplitsASurrogatePair() {
        String body = "😀".repeat(40_000);
        String fitted = BodyLimit.fit(body, ForgeKind.GITHUB);
        assertTrue(fitted.length() <= 65_536);
        String kept = fitted.substring(0, fitted.indexOf("\n\n---"));
        assertFalse(Character.isHighSurrogate(kept.charAt(kept.length() - 1)));
        assertEquals(0, kept.length() % 2);
    }

    @Test
    void gitLabAllowsAMillionCharacters() {
        String body = "x".repeat(900_000);
        assertSame(body, BodyLimit.fit(body, ForgeKind.GITLAB));
        assertTrue(BodyLimit.fit(body, ForgeKind.GITEA).length() <= 65_536);
    }
}
