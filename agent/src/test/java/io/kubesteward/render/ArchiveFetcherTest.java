package io.kubesteward.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.kubesteward.http.Credentials;
import io.kubesteward.http.HttpCaller;
import io.kubesteward.http.HttpFailure;
import io.kubesteward.http.HttpSettings;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chart archives from a Helm repository on 127.0.0.1 and from a mirror folder: verified, cached across runs, hardened. */
class ArchiveFetcherTest {
    private static final String TOKEN = "chart_canary_token_7f3e";
    private static final byte[] PODINFO = new TarBuilder().file("podinfo/Chart.yaml", "apiVersion: v2\nname: podinfo\nversion: 6.7.1\n")
            .file("podinfo/values.yaml", "replicaCount: 1\n").tgz();
    private static final String DIGEST = ArchiveFetcher.sha256(PODINFO);

    @TempDir
    Path dir;
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpCaller http;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/charts/", exchange -> {
            requests.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = exchange.getRequestURI().getPath().endsWith("podinfo-6.7.1.tgz") ? PODINFO : new byte[0];
            exchange.sendResponseHeaders(body.length > 0 ? 200 : 404, body.length > 0 ? body.length : -1);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        http = new HttpCaller(HttpSettings.defaults().withAllowedHosts(Set.of("127.0.0.1"))
                .withRetries(0, Duration.ofMillis(1), Duration.ofMillis(1)), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        http.close();
        server.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private ArchiveLocation.Remote remote(String path) {
        return new ArchiveLocation.Remote(url(path), Credentials.bearer(TOKEN));
    }

    @Test
    void an_archive_is_downloaded_once_verified_and_kept_for_the_next_run() throws Exception {
        Path cache = dir.resolve("cache");
        ArchiveFetcher first = new ArchiveFetcher(http, cache, ArchiveLimits.HELM);
        ChartArchive archive = first.fetch(remote("/charts/podinfo-6.7.1.tgz"), DIGEST, "podinfo 6.7.1");
        assertEquals("replicaCount: 1\n", archive.text("values.yaml").orElseThrow());
        first.fetch(remote("/charts/podinfo-6.7.1.tgz"), "sha256:" + DIGEST.toUpperCase(), "podinfo 6.7.1");
        assertEquals(1, requests.size(), "the second fetch comes from the cache: " + requests);
        assertEquals("/charts/podinfo-6.7.1.tgz Bearer " + TOKEN, requests.get(0), "the repository's credentials go to its origin");

        ArchiveFetcher nextRun = new ArchiveFetcher(http, cache, ArchiveLimits.HELM);
        nextRun.fetch(remote("/charts/podinfo-6.7.1.tgz"), DIGEST, "podinfo 6.7.1");
        assertEquals(0, nextRun.downloads(), "a later run fetches no archive again");
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(List.of("sha256-" + DIGEST + ".tgz"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void an_archive_that_does_not_match_the_index_digest_is_refused_and_not_kept() throws Exception {
        Path cache = dir.resolve("cache");
        String other = "0".repeat(64);
        String why = assertThrows(ArchiveRefused.class,
                () -> new ArchiveFetcher(http, cache, ArchiveLimits.HELM).fetch(remote("/charts/podinfo-6.7.1.tgz"), other, "podinfo 6.7.1"))
                .getMessage();
        assertEquals("podinfo 6.7.1 from " + url("/charts/podinfo-6.7.1.tgz") + " has SHA-256 " + DIGEST + " but the index says " + other
                + ": the archive was replaced after it was published, or something on the way altered it; Steward does not read it"
                + " (ask the repository's maintainers)", why);
        assertFalse(why.contains(TOKEN));
        assertFalse(Files.exists(cache), "nothing is kept from a refused archive");
    }

    @Test
    void a_digest_the_location_names_is_checked_instead_of_the_index_s() throws Exception {
        ArchiveFetcher fetcher = new ArchiveFetcher(http, null, ArchiveLimits.HELM);
        ArchiveLocation.Remote layer = new ArchiveLocation.Remote(url("/charts/podinfo-6.7.1.tgz"), Credentials.none(), DIGEST);
        assertEquals("podinfo", fetcher.fetch(layer, "sha256:" + "1".repeat(64), "podinfo 6.7.1").name(), "a manifest digest is not the layer's");
        ArchiveLocation.Remote wrong = new ArchiveLocation.Remote(url("/charts/podinfo-6.7.1.tgz"), Credentials.none(), "2".repeat(64));
        String why = assertThrows(ArchiveRefused.class, () -> fetcher.fetch(wrong, DIGEST, "podinfo 6.7.1")).getMessage();
        assertTrue(why.contains("but the registry's manifest says " + "2".repeat(64)), why);
    }

    @Test
    void a_poisoned_cache_file_is_fetched_again() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Files.write(cache.resolve("sha256-" + DIGEST + ".tgz"), new byte[] {1, 2, 3});
        new ArchiveFetcher(http, cache, ArchiveLimits.HELM).fetch(remote("/charts/podinfo-6.7.1.tgz"), DIGEST, "podinfo 6.7.1");
        assertEquals(1, requests.size());
    }

    @Test
    void a_missing_archive_fails_in_the_http_callers_words_without_the_token() {
        HttpFailure failure = assertThrows(HttpFailure.class,
                () -> new ArchiveFetcher(http, null, ArchiveLimits.HELM).fetch(remote("/charts/gone-1.0.0.tgz"), null, "gone 1.0.0"));
        assertTrue(failure.getMessage().contains("404"), failure.getMessage());
        assertFalse(failure.getMessage().contains(TOKEN));
    }

    @Test
    void a_mirror_folder_serves_archives_as_files_and_a_link_there_is_refused() throws Exception {
        Path mirror = Files.createDirectories(dir.resolve("mirror"));
        Files.write(mirror.resolve("podinfo-6.7.1.tgz"), PODINFO);
        ArchiveFetcher fetcher = new ArchiveFetcher(http, null, ArchiveLimits.HELM);
        assertEquals("podinfo", fetcher.fetch(new ArchiveLocation.Local(mirror.resolve("podinfo-6.7.1.tgz")), DIGEST, "podinfo").name());
        Files.createSymbolicLink(mirror.resolve("linked.tgz"), mirror.resolve("podinfo-6.7.1.tgz"));
        String why = assertThrows(ArchiveRefused.class,
                () -> fetcher.fetch(new ArchiveLocation.Local(mirror.resolve("linked.tgz")), null, "linked")).getMessage();
        assertTrue(why.endsWith("linked.tgz is not a regular file in the mirror folder"), why);
    }
}
