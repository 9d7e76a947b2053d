package io.kubesteward.yamledit;

import static io.kubesteward.yamledit.ValueEditTest.applied;
import static io.kubesteward.yamledit.ValueEditTest.changed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.model.SourceFile;
import io.kubesteward.planning.Update;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A proposal that changes a chart raises the chart's own version once; stale lock files are named. */
class ChartBumpTest {
    private static final String CHART = "chart/Chart.yaml";

    private static EditResult.Applied edit(ChartBump bump, EditFixtures repo, Update... updates) {
        return applied(new ProposalEditor(EditFixtures.SCANNER, bump).edit(repo.files(), List.of(updates)));
    }

    @Test
    void aDependencyChangeRaisesThePatchVersionOnceAndNamesTheStaleLock() {
        EditFixtures repo = EditFixtures.load("styles");
        EditResult.Applied result = edit(ChartBump.patch(), repo,
                repo.update(CHART, "plain", "18.6.2"), repo.update(CHART, "double", "15.4.5"));

        String expected = repo.content(CHART)
                .replace("version: 0.1.0 # the chart's", "version: 0.1.1 # the chart's")
                .replace("version: 18.6.1 #", "version: 18.6.2 #")
                .replace("\"15.4.4\"", "\"15.4.5\"");
        assertEquals(expected, changed(result, CHART));
        assertEquals(List.of(new BumpedChart(CHART, "styles", "0.1.0", "0.1.1")), result.bumpedCharts());
        assertEquals(List.of("chart/Chart.lock"), result.staleLocks());
        assertEquals(List.of("chart/Chart.lock must be regenerated (helm dependency update): it locks 1 dependency where chart/Chart.yaml declares 4"), result.notes());
        assertEquals(List.of(CHART), result.changedFiles().stream().map(SourceFile::path).toList(), "the lock is not edited");
    }

    @Test
    void theLevelIsConfigurable() {
        EditFixtures repo = EditFixtures.load("styles");
        Update plain = repo.update(CHART, "plain", "18.6.2");

        assertEquals("0.2.0", edit(new ChartBump(true, ChartBump.Level.MINOR), repo, plain).bumpedCharts().get(0).to());
        assertEquals("1.0.0", edit(new ChartBump(true, ChartBump.Level.MAJOR), repo, plain).bumpedCharts().get(0).to());
    }

    @Test
    void switchedOffNothingIsBumpedButTheLockIsStillNamed() {
        EditFixtures repo = EditFixtures.load("styles");
        EditResult.Applied result = edit(ChartBump.off(), repo, repo.update(CHART, "plain", "18.6.2"));

        assertEquals(List.of(), result.bumpedCharts());
        assertTrue(changed(result, CHART).contains("version: 0.1.0 # the chart's"));
        assertEquals(List.of("chart/Chart.lock"), result.staleLocks());
    }

    @Test
    void aValuesFileChangeRaisesTheNearestChartOnly() {
        EditFixtures repo = EditFixtures.load("images");
        EditResult.Applied result = edit(ChartBump.patch(), repo,
                repo.update("charts/web/values.yaml", "ghcr.io/acme/web", "2.1.0"),
                repo.update("charts/web/charts/sidecar/values.yaml", "ghcr.io/acme/sidecar", "0.4.0"));

        assertEquals(List.of(
                new BumpedChart("charts/web/Chart.yaml", "web", "1.4.2", "1.4.3"),
                new BumpedChart("charts/web/charts/sidecar/Chart.yaml", "sidecar", "v0.3.9", "v0.3.10")), result.bumpedCharts());
        assertEquals(repo.content("charts/web/Chart.yaml").replace("version: 1.4.2", "version: 1.4.3"),
                changed(result, "charts/web/Chart.yaml"));
        assertEquals(List.of(), result.staleLocks());
        assertEquals(4, result.changedFiles().size());
    }

    @Test
    void aFileOutsideAnyChartBumpsNothing() {
        EditFixtures repo = EditFixtures.load("images");
        EditResult.Applied result = edit(ChartBump.patch(), repo, repo.update("apps/web/deployment.yaml", "redis", "7.4.1"));

        assertEquals(List.of(), result.bumpedCharts());
    }

    @Test
    void aPreReleaseChartVersionIsLeftWithANoteAndTheLegacyLockIsRewritten() {
        EditFixtures repo = EditFixtures.load("legacy");
        EditResult.Applied result = edit(ChartBump.patch(), repo, repo.update("charts/old/requirements.yaml", "mysql", "1.6.10"));

        assertEquals(List.of(), result.bumpedCharts());
        assertEquals(List.of(), result.staleLocks(), "a legacy lock is written as Helm 3 writes it, with the same digest");
        assertEquals(List.of(
                "charts/old/Chart.yaml: the chart's own version '2.3.4-rc.1' was not raised: it is not a MAJOR.MINOR.PATCH"
                        + " release version; raise it by hand",
                "charts/old/requirements.lock: locked versions, digest and generation time updated as helm dependency update writes them"),
                result.notes());
        String lock = changed(result, "charts/old/requirements.lock");
        assertTrue(lock.contains("  version: 1.6.10\n") && !lock.contains("sha256:1111") && lock.contains("generated: 2020-01-01T00:00:00Z"),
                lock);
    }
}
