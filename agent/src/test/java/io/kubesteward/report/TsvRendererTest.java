package io.kubesteward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TsvRendererTest {

    private static Report.DeclarationEntry declaration(String name, String current, Report.UpdateEntry... updates) {
        return new Report.DeclarationEntry("clusters/prod/" + name + ".yaml", 3, "flux-helmrelease", name, "https://charts.example.com",
                current, updates.length > 0 ? "update" : "no-update", List.of(updates), null, null, List.of());
    }

    private static Report report(Report.DeclarationEntry... declarations) {
        return new Report(1, "test", "repo", "2026-01-01T00:00:00Z", new Report.Summary(Map.of(), 0, 0),
                new Report.Statistics(1, declarations.length, 1, List.of()), List.of(declarations), List.of(), List.of());
    }

    private static Report.UpdateEntry update(String to, String type) {
        return new Report.UpdateEntry(to, type, null, "steward/helm/x");
    }

    @Test
    void aMinorAndASeparateMajorGiveTwoRows() {
        List<List<String>> rows = TsvRenderer.rows(report(declaration("app", "1.2.0", update("1.3.0", "minor"), update("2.0.0", "major"))));
        assertEquals(List.of(
                List.of("clusters/prod/app.yaml", "flux-helmrelease", "app", "1.2.0", "1.3.0"),
                List.of("clusters/prod/app.yaml", "flux-helmrelease", "app", "1.2.0", "2.0.0")), rows);
    }

    @Test
    void aDeclarationWithoutUpdateGivesOneRowWithEmptyProposed() {
        assertEquals(List.of(List.of("clusters/prod/db.yaml", "flux-helmrelease", "db", "9.1.0", "")),
                TsvRenderer.rows(report(declaration("db", "9.1.0"))));
    }

    @Test
    void rowsKeepTheReportOrder() {
        List<List<String>> rows = TsvRenderer.rows(report(declaration("b", "1"), declaration("a", "1", update("2", "major"))));
        assertEquals(List.of("b", "a"), rows.stream().map(r -> r.get(2)).toList());
    }

    @Test
    void tabsAndLineBreaksInValuesBecomeSpacesSoEveryLineHasFiveColumns() throws IOException {
        StringWriter out = new StringWriter();
        new TsvRenderer().render(report(declaration("we\tird\nname", "1.0\r\n")), out);
        List<String> lines = out.toString().lines().toList();
        assertEquals("file\tkind\tname\tcurrent\tproposed", lines.get(0));
        assertEquals(2, lines.size());
        assertEquals(List.of("clusters/prod/we ird name.yaml", "flux-helmrelease", "we ird name", "1.0  ", ""),
                List.of(lines.get(1).split("\t", -1)));
    }

    @Test
    void nullCurrentIsEmpty() {
        Report.DeclarationEntry d = new Report.DeclarationEntry("Chart.yaml", 0, "helm-chart-dependency", "x", null, null, "skipped",
                List.of(), null, "missing-version", List.of());
        assertEquals(List.of(List.of("Chart.yaml", "helm-chart-dependency", "x", "", "")), TsvRenderer.rows(report(d)));
    }
}
