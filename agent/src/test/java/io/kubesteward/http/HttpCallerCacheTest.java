package io.kubesteward.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpCallerCacheTest {
    private static final byte[] BODY = "apiVersion: v1\nentries: {}\n".getBytes(StandardCharsets.UTF_8);

    private final TestHttpServer server = TestHttpServer.start();

    @TempDir
    Path cacheDir;

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpCaller caller() {
        return new HttpCaller(TestSettings.fast().withCacheDirectory(cacheDir), new RecordingSleeper(), () -> 0.5, java.time.Clock.systemUTC());
    }

    @Test
    void etagIsRevalidatedOnTheNextRunAndTheCachedBodyDelivered() throws Exception {
        server.route("/index.yaml", Responders.withEtag(BODY, "\"v1\""));
        try (HttpCaller first = caller(); Download d = first.download(server.url("/index.yaml"), null)) {
            assertFalse(d.notModified());
            assertArrayEquals(BODY, Files.readAllBytes(d.body()));
            assertNull(server.requests().get(0).header("If-None-Match"));
        }
        try (HttpCaller second = caller(); Download d = second.download(server.url("/index.yaml"), null)) {
            assertTrue(d.notModified());
            assertTrue(d.fromCache());
            assertEquals(BODY.length, d.bytes());
            assertArrayEquals(BODY, Files.readAllBytes(d.body()));
        }
        assertEquals("\"v1\"", server.requests().get(1).header("If-None-Match"));
    }

    @Test
    void lastModifiedIsRevalidatedWithIfModifiedSince() throws Exception {
        String date = "Wed, 21 Oct 2015 07:28:00 GMT";
        server.route("/index.yaml", Responders.withLastModified(BODY, date));
        try (HttpCaller first = caller(); Download d = first.download(server.url("/index.yaml"), null)) {
            assertFalse(d.notModified());
        }
        try (HttpCaller second = caller(); Download d = second.download(server.url("/index.yaml"), null)) {
            assertTrue(d.notModified());
            assertArrayEquals(BODY, Files.readAllBytes(d.body()));
        }
        assertEquals(date, server.requests().get(1).header("If-Modified-Since"));
    }

    @Test
    void aChangedBodyReplacesTheCacheEntryAndLeavesOneBodyFile() throws Exception {
        byte[] newer = "apiVersion: v1\nentries: {a: []}\n".getBytes(StandardCharsets.UTF_8);
        server.route("/index.yaml", Responders.sequence(
                Reply.ok(BODY).header("ETag", "\"v1\""), Reply.ok(newer).header("ETag", "\"v2\"")));
        try (HttpCaller c = caller()) {
            c.download(server.url("/index.yaml"), null).close();
            try (Download d = c.download(server.url("/index.yaml"), null)) {
                assertArrayEquals(newer, Files.readAllBytes(d.body()));
            }
        }
        assertEquals(List.of(".body", ".meta"), suffixes());
    }

    @Test
    void withoutValidatorsNothingIsCachedAndTheBodyIsTemporary() throws Exception {
        server.route("/plain", Responders.always(Reply.ok(BODY)));
        try (HttpCaller c = caller()) {
            Download d = c.download(server.url("/plain"), null);
            assertTrue(d.temporary());
            assertTrue(Files.exists(d.body()));
            d.close();
            assertFalse(Files.exists(d.body()));
        }
        assertEquals(List.of(), suffixes());
    }

    @Test
    void withoutCacheDirectoryTheBodyGoesToATemporaryFile() throws Exception {
        server.route("/index.yaml", Responders.withEtag(BODY, "\"v1\""));
        try (HttpCaller c = new HttpCaller(TestSettings.fast(), java.time.Clock.systemUTC()); Download d = c.download(server.url("/index.yaml"), null)) {
            assertTrue(d.temporary());
            assertArrayEquals(BODY, Files.readAllBytes(d.body()));
        }
    }

    @CatalogueEntry(13)
    @Test
    void gzipEncodedBodiesAreDecoded() throws Exception {
        server.route("/index.yaml", Responders.always(Reply.ok(BODY).gzipped().header("ETag", "\"g\"")));
        try (HttpCaller c = caller(); Download d = c.download(server.url("/index.yaml"), null)) {
            assertArrayEquals(BODY, Files.readAllBytes(d.body()));
            assertEquals(BODY.length, d.bytes());
        }
        assertEquals("gzip", server.requests().get(0).header("Accept-Encoding"));
        assertTrue(server.requests().get(0).header("User-Agent").startsWith("steward/"));
    }

    private List<String> suffixes() throws IOException {
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.map(p -> p.getFileName().toString())
                    .map(n -> n.substring(n.lastIndexOf('.')))
                    .sorted()
                    .toList();
        }
    }
}
