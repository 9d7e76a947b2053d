package io.kubesteward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a chart repository or a cluster wrote reaches the page as text, never as markup or a link to run. */
class HtmlRendererTest {
    private static final String HOSTILE = "<img src=x onerror=alert(1)>\"'&\u202Eevil";

    private static String render(Report report) throws IOException {
        StringWriter out = new StringWriter();
        new HtmlRenderer().render(report, out);
        return out.toString();
    }

    @CatalogueEntry(21)
    @Test
    void untrustedTextIsEscapedAndOnlyWebAddressesBecomeLinks() throws IOException {
        Report base = ReportFixture.report();
        Report.DeclarationEntry hostile = new Report.DeclarationEntry("a/" + HOSTILE + ".yaml", 3, "flux-helmrelease", HOSTILE,
                "https://charts.example.com", "1.0.0", "update", List.of(new Report.UpdateEntry("1.1.0", "minor", "2024-02-01T00:00:00Z",
                "steward/x")), "2.0.0", HOSTILE, List.of(), new Report.LagEntry("2024-01-01T00:00:00Z", "2.0.0", "2024-06-01T00:00:00Z", 2));
        Report report = new Report(base.schemaVersion(), base.stewardVersion(), HOSTILE, base.generatedAt(), base.summary(), base.statistics(),
                List.of(hostile), base.proposals(), base.problems(), List.of(
                        new Report.DeliveryEntry("steward/x", "created", "javascript:alert(1)", HOSTILE),
                        new Report.DeliveryEntry("steward/y", "created", "https://github.com/acme/gitops/pull/7", null)));
        String page = render(report);
        assertFalse(page.contains("<img"), "markup is escaped");
        assertFalse(page.contains("\u202E"), "bidi overrides are dropped");
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;evil"), page);
        assertFalse(page.contains("href=\"javascript:"), "only http(s) addresses are links");
        assertTrue(page.contains("<a href=\"https://github.com/acme/gitops/pull/7\" rel=\"noopener noreferrer\">"));
        assertTrue(page.contains("id=\"lag-chart\""), "the hostile declaration is drawn, as text");
    }

    @Test
    void aReportWithoutClusterOrReleaseDatesHasNoEmptyPictures() throws IOException {
        String page = render(ReportFixture.report());
        for (String chart : List.of("lag-chart", "addon-chart", "savings-chart", "resource-chart")) {
            assertFalse(page.contains("id=\"" + chart + "\""), chart);
        }
        assertEquals(1, page.split("<table class=\"sortable\" id=\"declarations-table\">", -1).length - 1);
    }
}
