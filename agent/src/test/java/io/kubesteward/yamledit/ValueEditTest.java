package io.kubesteward.yamledit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.declarations.ExtractorRegistry;
import io.kubesteward.declarations.helm.HelmChartExtractor;
import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.model.SourceFile;
import io.kubesteward.planning.Update;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Span edits keep every byte but the value: quoting, comments, flow style, other documents, CRLF, BOM, emoji. */
class ValueEditTest {
    private static final String CHART = "chart/Chart.yaml";

    static EditResult.Applied applied(EditResult result) {
        if (result instanceof EditResult.Failed failed) {
            throw new AssertionError("edit failed: " + failed.reason());
        }
        return (EditResult.Applied) result;
    }

    static String changed(EditResult.Applied applied, String path) {
        return applied.changedFiles().stream().filter(f -> f.path().equals(path)).map(SourceFile::content)
                .findFirst().orElseThrow(() -> new AssertionError(path + " not changed: " + applied.changedFiles()));
    }

    private static EditResult.Applied edit(EditFixtures repo, Update... updates) {
        return applied(new ProposalEditor(EditFixtures.SCANNER, ChartBump.off()).edit(repo.files(), List.of(updates)));
    }

    @CatalogueEntry(33)
    @Test
    void aPlainValueIsReplacedAndItsCommentKept() {
        EditFixtures repo = EditFixtures.load("styles");
        EditResult.Applied result = edit(repo, repo.update(CHART, "plain", "18.6.2"));

        String expected = repo.content(CHART).replace("version: 18.6.1 # keep", "version: 18.6.2 # keep");
        assertEquals(expected, changed(result, CHART));
        assertEquals(1, result.changedFiles().size());
        assertEquals(List.of(), result.bumpedCharts());
    }

    @CatalogueEntry(34)
    @Test
    void quotedValuesKeepTheirQuotesAndAFlowMappingItsShape() {
        EditFixtures repo = EditFixtures.load("styles");
        EditResult.Applied result = edit(repo,
                repo.update(CHART, "double", "15.10.0"),
                repo.update(CHART, "single", "2.20.3"),
                repo.update(CHART, "flow", "1.2.4"));

        String expected = repo.content(CHART)
                .replace("\"15.4.4\"", "\"15.10.0\"")
                .replace("'2.14.1'", "'2.20.3'")
                .replace("{name: flow, version: 1.2.3,", "{name: flow, version: 1.2.4,");
        assertEquals(expected, changed(result, CHART));
        assertEquals(List.of("chart/Chart.lock must be regenerated (helm dependency update): it locks 1 dependency where chart/Chart.yaml declares 4"), result.notes(), "and no quoting note");
    }

    @CatalogueEntry(37)
    @Test
    void aFlowStyleHelmReleaseKeepsItsOtherDocument() {
        EditFixtures repo = EditFixtures.load("flow");
        String file = "flux/release.yaml";
        EditResult.Applied result = edit(repo, repo.update(file, "redis", "18.10.0"));

        assertEquals(repo.content(file).replace("version: 18.6.1,", "version: 18.10.0,"), changed(result, file));
    }

    @CatalogueEntry({36, 37})
    @Test
    void twoEditsInOneMultiDocumentFileShiftNothingElse() {
        EditFixtures repo = EditFixtures.load("multidoc");
        String file = "clusters/home/apps.yaml";
        // the first edit grows the text by one char; the second must still land on its value
        EditResult.Applied result = edit(repo,
                repo.update(file, "ingress-nginx", "4.10.0"),
                repo.update(file, "cert-manager", "v1.15.0"));

        String expected = repo.content(file)
                .replace("version: 4.9.1 # pinned", "version: 4.10.0 # pinned")
                .replace("version: v1.14.5", "version: v1.15.0");
        assertEquals(expected, changed(result, file));
        assertTrue(expected.contains("\"version: 4.9.1 appears here only as text\""), "the ConfigMap's text is not a version");
    }

    @CatalogueEntry(33)
    @Test
    void crlfLineEndingsStay() {
        EditFixtures repo = EditFixtures.load("crlf");
        assertTrue(repo.content(CHART).contains("\r\n"), "fixture lost its CRLF line endings");
        EditResult.Applied result = edit(repo, repo.update(CHART, "redis", "18.6.10"), repo.update(CHART, "nginx", "15.5.0"));

        String expected = repo.content(CHART)
                .replace("version: 18.6.1\r\n", "version: 18.6.10\r\n")
                .replace("\"15.4.4\"\r\n", "\"15.5.0\"\r\n");
        assertEquals(expected, changed(result, CHART));
    }

    @CatalogueEntry(33)
    @Test
    void aByteOrderMarkStays() {
        EditFixtures repo = EditFixtures.load("bom");
        assertTrue(repo.content(CHART).startsWith("\uFEFF"), "fixture lost its BOM");
        EditResult.Applied result = edit(repo, repo.update(CHART, "redis", "18.7.0"));

        assertEquals(repo.content(CHART).replace("18.6.1", "18.7.0"), changed(result, CHART));
        assertTrue(changed(result, CHART).startsWith("\uFEFFapiVersion"));
    }

    @CatalogueEntry(32)
    @Test
    void emojiBeforeTheValueDoNotShiftTheEdit() {
        EditFixtures repo = EditFixtures.load("emoji");
        EditResult.Applied result = edit(repo, repo.update(CHART, "redis", "18.6.2"), repo.update(CHART, "nginx \uD83C\uDF10", "15.4.5"));

        String expected = repo.content(CHART)
                .replace("version: 18.6.1 #", "version: 18.6.2 #")
                .replace("version: \"15.4.4\"", "version: \"15.4.5\"");
        assertEquals(expected, changed(result, CHART));
    }

    @Test
    void aRememberingEditorSeesEachProposalAgainstTheOriginalFiles() {
        EditFixtures repo = EditFixtures.load("styles");
        ProposalEditor editor = ProposalEditor.remembering(new ExtractorRegistry(List.of(new HelmChartExtractor())), ChartBump.off());
        Update plain = repo.update(CHART, "plain", "18.6.2");
        Update doubled = repo.update(CHART, "double", "15.4.5");

        String first = changed(applied(editor.edit(repo.files(), List.of(plain))), CHART);
        String second = changed(applied(editor.edit(repo.files(), List.of(doubled))), CHART);

        assertEquals(repo.content(CHART).replace("\"15.4.4\"", "\"15.4.5\""), second, "the first proposal's edit must not leak");
        assertEquals(first, changed(applied(editor.edit(repo.files(), List.of(plain))), CHART));
        assertInstanceOf(EditResult.Failed.class, editor.edit(repo.files(), List.of(plain, repo.update(CHART, "plain", "18.7.0"))));
    }

    @Test
    void aProposalThatChangesNothingFails() {
        EditFixtures repo = EditFixtures.load("styles");
        EditResult result = EditFixtures.editor().edit(repo.files(), List.of(repo.update(CHART, "plain", "18.6.1")));

        EditResult.Failed failed = assertInstanceOf(EditResult.Failed.class, result);
        assertTrue(failed.reason().startsWith("nothing to change"), failed.reason());
    }
}
