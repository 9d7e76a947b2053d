package io.kubesteward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImpactSectionTest {
    private static Report.ProposalEntry proposal(List<Report.ImpactEntry> impact, List<String> notAnalysed, List<String> analysed) {
        return new Report.ProposalEntry("steward/chart/dns", "Update external-dns", "external-dns", "https://r", "minor",
                List.of(new Report.ChangeEntry("apps/a.yaml", 9, "flux-helmrelease", "1.14.4", "1.21.1", "minor", null),
                        new Report.ChangeEntry("apps/b.yaml", 9, "flux-helmrelease", "1.14.4", "1.21.1", "minor", null)),
                new Report.ReleaseNotes("1.21.1", null, null, null, null, null), List.of(), null, List.of(), impact, notAnalysed,
                analysed);
    }

    @Test
    void findingsComeFirstBySeverityWithTheirFileAndTheDetailsCollapsedAndSanitised() {
        Report.ProposalEntry p = proposal(List.of(
                new Report.ImpactEntry("blocking", "schema", "values refused by the schema of @maintainer's chart",
                        List.of("`replicas` (apps/a.yaml:12): <script>alert(1)</script> must be an integer"), List.of("apps/a.yaml")),
                new Report.ImpactEntry("information", "dependencies", "its dependencies change", List.of(), List.of("apps/a.yaml", "apps/b.yaml"))),
                List.of("values: a Secret"), List.of("the archives of external-dns 1.14.4 and 1.21.1"));
        String body = PullRequestBody.text(p);
        int impact = body.indexOf("### Impact");
        assertTrue(impact > 0 && impact < body.indexOf("| `apps/a.yaml:9`"), body);
        assertTrue(body.contains("**Merging this as it is breaks the release**"), body);
        assertTrue(body.contains("- **blocking** (schema): values refused by the schema of @\u200bmaintainer's chart — in `apps/a.yaml`\n"), body);
        assertTrue(body.contains("- **information** (dependencies): its dependencies change\n"), body);
        assertFalse(body.contains("<script>"), body);
        assertTrue(body.contains("<details><summary>Details of the analysis</summary>"), body);
        assertTrue(body.contains("Not analysed:\n\n- values: a Secret"), body);
        assertTrue(body.contains("Compared: the archives of external-dns 1.14.4 and 1.21.1."), body);
    }

    @Test
    void anAnalysisThatFoundNothingSaysSoAndAProposalNeverAnalysedHasNoSection() {
        assertTrue(PullRequestBody.text(proposal(List.of(), List.of(), List.of("the archives")))
                .contains("### Impact\n\nSteward found nothing in this upgrade that needs a reviewer's attention."));
        assertFalse(PullRequestBody.text(proposal(List.of(), List.of(), List.of())).contains("### Impact"));
    }

    @Test
    void longDetailsAreTrimmedWithANote() {
        List<String> details = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            details.add("`key" + i + "` (apps/a.yaml:" + i + "): " + "x".repeat(80));
        }
        String section = ImpactSection.text(proposal(List.of(new Report.ImpactEntry("needs attention", "values", "many", details,
                List.of("apps/a.yaml"))), List.of(), List.of()));
        assertTrue(section.length() <= ImpactSection.MAX_CHARS, "bounded: " + section.length());
        assertTrue(section.contains("Steward left the rest of the details out"), section.substring(section.length() - 300));
        assertTrue(section.endsWith("</details>\n\n"));
        assertEquals(1, section.split("<details>", -1).length - 1);
    }
}
