package io.kubesteward.yamledit;

import static io.kubesteward.yamledit.ValueEditTest.applied;
import static io.kubesteward.yamledit.ValueEditTest.changed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.declarations.DeclarationScanner;
import io.kubesteward.declarations.ExtractorRegistry;
import io.kubesteward.declarations.flux.FluxExtractor;
import io.kubesteward.declarations.helm.HelmChartExtractor;
import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.Release;
import io.kubesteward.model.Span;
import io.kubesteward.model.UpdateType;
import io.kubesteward.planning.Update;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shared values, digests, and edits that re-extraction refuses: the proposal fails whole, with a reason. */
class ConfirmationTest {
    private static final String CHART = "chart/Chart.yaml";
    private static final String DEPLOYMENT = "apps/web/deployment.yaml";
    private static final String OLD_DIGEST = "sha256:" + "a".repeat(64);
    private static final String NEW_DIGEST = "sha256:" + "b".repeat(64);

    private static EditResult edit(EditFixtures repo, Update... updates) {
        return new ProposalEditor(EditFixtures.SCANNER, ChartBump.off()).edit(repo.files(), List.of(updates));
    }

    private static String failure(EditResult result) {
        return assertInstanceOf(EditResult.Failed.class, result, () -> "expected a failure: " + result).reason();
    }

    @Test
    void anAnchoredValueSharedByTwoUpdatesIsEditedOnce() {
        EditFixtures repo = EditFixtures.load("anchors");
        EditResult.Applied result = applied(edit(repo,
                repo.update(CHART, "redis", "18.6.2"), repo.update(CHART, "redis-replica", "18.6.2")));

        assertEquals(repo.content(CHART).replace("&redisVersion 18.6.1", "&redisVersion 18.6.2"), changed(result, CHART));
        assertEquals(List.of(), result.notes());
    }

    @CatalogueEntry(30)
    @Test
    void updatesThatDisagreeOnASharedValueFail() {
        EditFixtures repo = EditFixtures.load("anchors");
        String reason = failure(edit(repo, repo.update(CHART, "redis", "18.6.2"), repo.update(CHART, "redis-replica", "19.0.0")));

        assertTrue(reason.contains("share one value (a YAML anchor)") && reason.contains("18.6.2") && reason.contains("19.0.0"), reason);
    }

    @CatalogueEntry(30)
    @Test
    void aSharedValueUpdatedForOneDeclarationSaysItMovesTheOtherToo() {
        EditFixtures repo = EditFixtures.load("anchors");
        EditResult.Applied result = applied(edit(repo, repo.update(CHART, "redis", "18.6.2")));

        assertEquals(List.of("redis-replica in chart/Chart.yaml:6 changes to 18.6.2 as well: it shares the edited value (a YAML anchor)"),
                result.notes());
    }

    @CatalogueEntry({36, 38})
    @Test
    void aSpanAtTheWrongPlaceFailsConfirmation() {
        EditFixtures repo = EditFixtures.load("anchors");
        Declaration common = repo.only(CHART, "common");
        // points at the chart's own version: same text as common's value, but not common's place
        int wrong = repo.content(CHART).indexOf("0.1.0");
        Declaration misplaced = new Declaration(common.file(), common.kind(), common.name(), "0.1.0",
                new Span(wrong, wrong + 5, 3, 10), common.pkg(), null);
        String reason = failure(edit(repo, new Update(misplaced, "0.2.0", UpdateType.MINOR, Release.of("0.2.0"))));

        assertTrue(reason.startsWith("after the edit, common in chart/Chart.yaml:3 does not read 0.2.0 where it was"), reason);
    }

    @CatalogueEntry(38)
    @Test
    void aFileChangedSinceTheScanFails() {
        EditFixtures repo = EditFixtures.load("anchors");
        Declaration common = repo.only(CHART, "common");
        Declaration stale = new Declaration(common.file(), common.kind(), common.name(), "2.13.0", common.span(), common.pkg(), null);
        String reason = failure(edit(repo, new Update(stale, "2.15.0", UpdateType.MINOR, Release.of("2.15.0"))));

        assertTrue(reason.contains("should read '2.13.0' but the file holds '2.14.1'"), reason);
    }

    @CatalogueEntry(38)
    @Test
    void anEditTheScannerCannotSeeFails() {
        EditFixtures repo = EditFixtures.load("images");
        Update web = new Update(repo.only(DEPLOYMENT, "nginx"), "1.25.4", UpdateType.PATCH, Release.of("1.25.4"), NEW_DIGEST);
        // a scanner without an image extractor cannot confirm the edit
        DeclarationScanner chartsOnly = new DeclarationScanner(new ExtractorRegistry(List.of(new HelmChartExtractor(), new FluxExtractor())));
        EditResult result = new ProposalEditor(chartsOnly, ChartBump.off()).edit(repo.files(), List.of(web));

        assertTrue(failure(result).contains("no such declaration there"), failure(result));
    }

    @Test
    void aTagAndItsDigestMoveTogether() {
        EditFixtures repo = EditFixtures.load("images");
        Declaration nginx = repo.only(DEPLOYMENT, "nginx");
        assertEquals(OLD_DIGEST, nginx.currentDigest());
        EditResult.Applied result = applied(edit(repo,
                new Update(nginx, "1.27.0", UpdateType.MINOR, Release.of("1.27.0"), NEW_DIGEST)));

        String expected = repo.content(DEPLOYMENT).replace("nginx:1.25.3@" + OLD_DIGEST + " #", "nginx:1.27.0@" + NEW_DIGEST + " #");
        assertEquals(expected, changed(result, DEPLOYMENT));
    }

    @Test
    void aDigestOnlyRefreshLeavesTheTag() {
        EditFixtures repo = EditFixtures.load("images");
        Declaration nginx = repo.only(DEPLOYMENT, "nginx");
        EditResult.Applied result = applied(edit(repo, new Update(nginx, null, UpdateType.DIGEST, Release.of("1.25.3"), NEW_DIGEST)));

        assertEquals(repo.content(DEPLOYMENT).replace(OLD_DIGEST, NEW_DIGEST), changed(result, DEPLOYMENT));
    }

    @Test
    void aNewTagWithoutItsDigestFails() {
        EditFixtures repo = EditFixtures.load("images");
        Update noDigest = new Update(repo.only(DEPLOYMENT, "nginx"), "1.27.0", UpdateType.MINOR, Release.of("1.27.0"));

        assertTrue(failure(edit(repo, noDigest)).contains("pins a digest, but the update to 1.27.0 carries no digest"));
    }

    @Test
    void aQuotedImageKeepsItsQuotes() {
        EditFixtures repo = EditFixtures.load("images");
        EditResult.Applied result = applied(edit(repo, repo.update(DEPLOYMENT, "redis", "7.4.1")));

        assertEquals(repo.content(DEPLOYMENT).replace("\"redis:7.2.4\"", "\"redis:7.4.1\""), changed(result, DEPLOYMENT));
    }
}
