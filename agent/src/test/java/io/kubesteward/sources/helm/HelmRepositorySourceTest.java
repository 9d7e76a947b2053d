package io.kubesteward.sources.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.http.HttpCaller;
import io.kubesteward.http.HttpSettings;
import io.kubesteward.http.Reply;
import io.kubesteward.http.Responders;
import io.kubesteward.http.TestHttpServer;
import io.kubesteward.http.TestSettings;
import io.kubesteward.model.FetchStat;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.model.SourceKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelmRepositorySourceTest {
    private static final byte[] INDEX = Fixtures.bytes("index.yaml");

    private final TestHttpServer server = TestHttpServer.start();

    @TempDir
    Path cacheDir;

    private final List<HttpCaller> callers = new ArrayList<>();

    @AfterEach
    void stop() {
        server.close();
        callers.forEach(HttpCaller::close);
    }

    static PackageRef chart(String repository, String name) {
        return new PackageRef(SourceKind.HELM_REPOSITORY, repository, name);
    }

    private HelmRepositorySource source(HttpSettings http, HelmSourceSettings helm) {
        HttpCaller caller = new HttpCaller(http, java.time.Clock.systemUTC());
        callers.add(caller);
        return new HelmRepositorySource(caller, helm);
    }

    private HelmRepositorySource source() {
        return source(TestSettings.fast().withCacheDirectory(cacheDir), HelmSourceSettings.defaults());
    }

    private static List<String> versions(LookupResult r) {
        assertTrue(r.ok(), r::failure);
        return r.releases().stream().map(Release::version).toList();
    }

    @CatalogueEntry({11, 15})
    @Test
    void looksUpChartsAndFetchesEachIndexOnce() {
        server.route("/charts/index.yaml", Responders.withEtag(INDEX, "\"1\""));
        String repo = server.base() + "/charts";
        PackageRef nginx = chart(repo, "nginx");
        PackageRef redis = chart(repo + "/", "redis");
        PackageRef certManager = chart(repo, "cert-manager");
        try (HelmRepositorySource source = source()) {
            Map<PackageRef, LookupResult> results = source.lookup(List.of(nginx, redis, certManager));
            assertEquals(List.of("18.1.2", "18.1.1", "1.10"), versions(results.get(nginx)));
            assertEquals(List.of("19.6.0", "19.5.5"), versions(results.get(redis)));
            assertEquals(List.of("v1.15.1"), versions(results.get(certManager)));
            // a later call, for a chart not asked before, reuses the same download
            assertEquals(List.of("19.6.0", "19.5.5"), versions(source.lookup(List.of(redis)).get(redis)));
            assertTrue(source.lookup(List.of(chart(repo, "postgresql"))).values().iterator().next().failure()
                    .startsWith("chart 'postgresql' is not in " + repo + "/index.yaml (4 charts listed)"));
            assertEquals(1, server.count("/charts/index.yaml"));
            FetchStat stat = source.stats().get(0);
            assertEquals(repo, stat.repository());
            assertEquals("downloaded", stat.outcome());
            assertEquals(INDEX.length, stat.bytes());
            assertEquals(6, stat.entriesKept());
            assertEquals(1, source.stats().size());
        }
    }

    @Test
    void theNextRunRevalidatesAndReadsTheCachedIndex() {
        server.route("/charts/index.yaml", Responders.withEtag(INDEX, "\"1\""));
        PackageRef nginx = chart(server.base() + "/charts", "nginx");
        try (HelmRepositorySource first = source()) {
            assertEquals("downloaded", statOf(first, nginx).outcome());
        }
        try (HelmRepositorySource second = source()) {
            assertEquals(3, second.lookup(List.of(nginx)).get(nginx).releases().size());
            assertEquals("not-modified", second.stats().get(0).outcome());
        }
        assertEquals("\"1\"", server.requests().get(1).header("If-None-Match"));
    }

    @Test
    void gzipEncodedIndexesAreRead() {
        server.route("/charts/index.yaml", Responders.always(Reply.ok(INDEX).gzipped()));
        PackageRef redis = chart(server.base() + "/charts", "redis");
        try (HelmRepositorySource source = source()) {
            assertEquals(List.of("19.6.0", "19.5.5"), versions(source.lookup(List.of(redis)).get(redis)));
        }
    }

    @Test
    void aServerErrorIsRetried() {
        server.route("/charts/index.yaml", Responders.sequence(Reply.status(500), Reply.ok(INDEX)));
        PackageRef redis = chart(server.base() + "/charts", "redis");
        try (HelmRepositorySource source = source()) {
            assertEquals(2, versions(source.lookup(List.of(redis)).get(redis)).size());
        }
        assertEquals(2, server.count("/charts/index.yaml"));
    }

    @CatalogueEntry(24)
    @Test
    void oneFailingRepositoryDoesNotAffectAnother() {
        server.route("/good/index.yaml", Responders.always(Reply.ok(INDEX)));
        server.route("/broken/index.yaml", Responders.always(Reply.status(500)));
        PackageRef good = chart(server.base() + "/good", "nginx");
        PackageRef broken = chart(server.base() + "/broken", "nginx");
        PackageRef missing = chart(server.base() + "/missing", "nginx");
        try (HelmRepositorySource source = source()) {
            Map<PackageRef, LookupResult> results = source.lookup(List.of(good, broken, missing));
            assertEquals(3, versions(results.get(good)).size());
            assertEquals("GET " + server.base() + "/broken/index.yaml: 500 Internal Server Error (3 attempts)"
                    + " — the server is failing; try again later", results.get(broken).failure());
            assertEquals("GET " + server.base() + "/missing/index.yaml: 404 Not Found — check the repository URL",
                    results.get(missing).failure());
            assertEquals(List.of("downloaded", "failed", "failed"), source.stats().stream().map(FetchStat::outcome).toList());
        }
        assertEquals(3, server.count("/broken/index.yaml"));
    }

    @CatalogueEntry(24)
    @Test
    void aSlowRepositoryTimesOut() {
        server.route("/slow/index.yaml", Responders.always(Reply.ok(INDEX).delayed(Duration.ofSeconds(2))));
        HttpSettings http = TestSettings.fast().withRetries(0, Duration.ofMillis(1), Duration.ofMillis(1));
        PackageRef nginx = chart(server.base() + "/slow", "nginx");
        try (HelmRepositorySource source = source(http, HelmSourceSettings.defaults())) {
            assertTrue(source.lookup(List.of(nginx)).get(nginx).failure()
                    .contains("/slow/index.yaml: no response within 300 ms — check the network"));
        }
    }

    @Test
    void aMalformedIndexIsReportedWithItsPosition() {
        server.route("/charts/index.yaml", Responders.always(Reply.ok(Fixtures.bytes("malformed.yaml"))));
        PackageRef nginx = chart(server.base() + "/charts", "nginx");
        try (HelmRepositorySource source = source()) {
            String why = source.lookup(List.of(nginx)).get(nginx).failure();
            assertTrue(why.startsWith("index " + server.base() + "/charts/index.yaml is not valid YAML at line 6, column 9"), why);
            assertEquals("failed", source.stats().get(0).outcome());
        }
    }

    @CatalogueEntry(11)
    @Test
    void anOversizedIndexNamesTheSettingToRaise() {
        server.route("/charts/index.yaml", Responders.always(Reply.ok(INDEX)));
        PackageRef nginx = chart(server.base() + "/charts", "nginx");
        try (HelmRepositorySource bytes = source(TestSettings.fast().withMaxResponseBytes(512), HelmSourceSettings.defaults())) {
            assertTrue(bytes.lookup(List.of(nginx)).get(nginx).failure().endsWith("is larger than the limit of 512 bytes"
                    + " — raise http.maxIndexSize in Steward's config if an index this big is expected"));
        }
        try (HelmRepositorySource codePoints = source(TestSettings.fast(), HelmSourceSettings.defaults().withMaxIndexCodePoints(512))) {
            assertTrue(codePoints.lookup(List.of(nginx)).get(nginx).failure().endsWith(
                    "is larger than the limit of 512 code points — raise http.maxIndexSize in Steward's config if an index this big is expected"));
        }
    }

    @CatalogueEntry(15)
    @Test
    void aChartMissingFromTheIndexIsNamed() {
        server.route("/charts/index.yaml", Responders.always(Reply.ok(INDEX)));
        String repo = server.base() + "/charts";
        try (HelmRepositorySource source = source()) {
            PackageRef ghost = chart(repo, "ghost");
            PackageRef empty = chart(repo, "empty-chart");
            Map<PackageRef, LookupResult> results = source.lookup(List.of(ghost, empty));
            assertEquals("chart 'ghost' is not in " + repo + "/index.yaml (4 charts listed)"
                    + " — check the chart name and the repository URL", results.get(ghost).failure());
            assertEquals("chart 'empty-chart' is listed in " + repo + "/index.yaml but has no versions",
                    results.get(empty).failure());
        }
    }

    @Test
    void otherKindsOfPackageAreRefused() {
        PackageRef oci = new PackageRef(SourceKind.OCI_CHART, "oci://registry.example/charts", "x");
        try (HelmRepositorySource source = source()) {
            assertTrue(source.lookup(List.of(oci)).get(oci).failure().startsWith("not a Helm HTTP repository package"));
            assertEquals(List.of(), source.stats());
        }
    }

    @CatalogueEntry(25)
    @Test
    void aRepositoryThatIsNotAnHttpUrlIsReported() {
        PackageRef alias = chart("@bitnami", "redis");
        try (HelmRepositorySource source = source()) {
            assertEquals("repository '@bitnami' is not an http(s) URL — check the repository URL, or define a mirror for it",
                    source.lookup(List.of(alias)).get(alias).failure());
        }
    }

    private static FetchStat statOf(HelmRepositorySource source, PackageRef p) {
        source.lookup(List.of(p));
        return source.stats().get(0);
    }
}
