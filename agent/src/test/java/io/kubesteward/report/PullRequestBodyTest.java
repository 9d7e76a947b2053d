package io.kubesteward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PullRequestBodyTest {
    private final Report report = ReportFixture.report();

    @CatalogueEntry(53)
    @Test
    void untrustedTextCannotNotifyLinkOrRenderHtml() {
        for (Report.ProposalEntry p : report.proposals()) {
            String body = PullRequestBody.text(p);
            String visible = body.substring(0, body.lastIndexOf(PullRequestMetadata.PREFIX));
            assertFalse(visible.matches("(?s).*(?<![A-Za-z0-9_`])@[A-Za-z0-9].*") && !p.branch().endsWith("external-dns"),
                    "a mention survived in " + p.branch() + ":\n" + body);
            assertFalse(visible.contains("#42") || visible.contains("#11000") || visible.contains("GH-77"), body);
            assertFalse(visible.toLowerCase().contains("javascript:") || visible.contains("data:text"), body);
            assertFalse(visible.contains("<img") || visible.contains("<b>") || visible.contains("<!--"), body);
            assertFalse(visible.contains("![diagram]"), body);
        }
    }

    @Test
    void metadataIsHiddenAtTheEndAndReadsBack() {
        Report.ProposalEntry major = ReportFixture.proposal(report, ReportFixture.MAJOR_BRANCH);
        String body = PullRequestBody.text(major);
        assertTrue(body.endsWith(" -->\n"), body);
        Optional<PullRequestMetadata> read = PullRequestMetadata.find(body);
        assertEquals(Optional.of(new PullRequestMetadata(ReportFixture.MAJOR_BRANCH, "ingress-nginx", ReportFixture.INGRESS,
                List.of("5.0.0"))), read);
    }

    @CatalogueEntry(54)
    @Test
    void metadataCannotBeClosedEarlyByItsValues() {
        Report.ProposalEntry p = new Report.ProposalEntry("steward/helm/x", "t", "x --> <b>", "https://r", "patch",
                List.of(new Report.ChangeEntry("a.yaml", 1, "flux-helmrelease", "1.0.0", "1.0.1&-->", "patch", null)), null);
        String comment = PullRequestMetadata.of(p).comment();
        assertEquals(comment.indexOf("-->"), comment.length() - 3, comment);
        assertEquals("x --> <b>", PullRequestMetadata.find(comment).orElseThrow().packageName());
        assertEquals(List.of("1.0.1&-->"), PullRequestMetadata.find(comment).orElseThrow().targetVersions());
    }

    @Test
    void bodyWithoutMetadataHasNone() {
        assertEquals(Optional.empty(), PullRequestMetadata.find("Bump chart"));
        assertEquals(Optional.empty(), PullRequestMetadata.find("<!-- steward:metadata {not json} -->"));
    }

    @Test
    void releaseNotesAreLabelledAsThePublishersWords() {
        String body = PullRequestBody.text(ReportFixture.proposal(report, ReportFixture.MINOR_BRANCH));
        assertTrue(body.contains("### Release notes\n\nPublished by the chart maintainers"), body);
        assertTrue(body.contains("- **Fixed:** Fixes #\u200B42: controller crash on empty host"), body);
    }

    @Test
    void proposalWithoutReleaseNotesHasNoSection() {
        Report.ProposalEntry p = new Report.ProposalEntry("steward/helm/x", "t", "x", "https://r", "patch",
                List.of(new Report.ChangeEntry("a.yaml", 1, "flux-helmrelease", "1.0.0", "1.0.1", "patch", null)),
                new Report.ReleaseNotes("1.0.1", null, null, null, null, null));
        String body = PullRequestBody.text(p);
        assertFalse(body.contains("Release notes"), body);
        assertFalse(body.contains("### Links"), body);
        assertTrue(body.contains("| `a.yaml:1` | `1.0.0` → `1.0.1` | patch | unknown |"), body);
    }

    @CatalogueEntry(52)
    @Test
    void hugeBodiesAreCappedWithANoteAndKeepTheirMetadata() {
        List<Report.ChangeEntry> changes = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            changes.add(new Report.ChangeEntry("clusters/cluster-" + i + "/apps/ingress-nginx/helmrelease.yaml", 18, "flux-helmrelease",
                    "4.9.1", "4.10.1", "minor", "2024-04-26T17:02:11Z"));
        }
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            notes.append("- kind: fixed\n  description: ").append("fix number ").append(i).append(" ").append("x".repeat(80)).append('\n');
        }
        Report.ProposalEntry p = new Report.ProposalEntry("steward/helm/ingress-nginx", "t", "ingress-nginx", ReportFixture.INGRESS,
                "minor", changes, new Report.ReleaseNotes("4.10.1", null, ">=1.21.0-0", "https://example.com", List.of(), notes.toString()));
        String body = PullRequestBody.text(p);
        assertTrue(body.length() <= PullRequestBody.MAX_CHARS, "length " + body.length());
        assertTrue(body.contains("more changes are not listed here"), body.substring(body.length() - 2_000));
        assertTrue(body.contains("Steward left parts of this description out"));
        assertEquals(Optional.of("steward/helm/ingress-nginx"), PullRequestMetadata.find(body).map(PullRequestMetadata::branch));
    }

    @CatalogueEntry(52)
    @Test
    void longReleaseNotesAreShortenedWithinTheirSection() {
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            notes.append("- fix number ").append(i).append(' ').append("y".repeat(100)).append('\n');
        }
        Report.ProposalEntry p = new Report.ProposalEntry("steward/helm/x", "t", "x", "https://r", "patch",
                List.of(new Report.ChangeEntry("a.yaml", 1, "flux-helmrelease", "1.0.0", "1.0.1", "patch", null)),
                new Report.ReleaseNotes("1.0.1", null, null, null, null, notes.toString()));
        String body = PullRequestBody.text(p);
        assertTrue(body.contains("- fix number 0 "), body);
        assertTrue(body.contains("more entries not shown._"), body);
        assertTrue(body.length() < 25_000, "length " + body.length());
    }
}
