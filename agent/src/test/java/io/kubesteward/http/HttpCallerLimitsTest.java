package io.kubesteward.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpCallerLimitsTest {
    private final TestHttpServer server = TestHttpServer.start();

    @TempDir
    Path cacheDir;

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpCaller caller(HttpSettings settings) {
        return new HttpCaller(settings, new RecordingSleeper(), () -> 0.5, java.time.Clock.systemUTC());
    }

    @CatalogueEntry(11)
    @Test
    void aDeclaredLengthOverTheLimitFailsBeforeReading() {
        server.route("/big", Responders.always(Reply.ok(new byte[5000]).header("ETag", "\"b\"")));
        try (HttpCaller c = caller(TestSettings.fast().withMaxResponseBytes(4096).withCacheDirectory(cacheDir))) {
            HttpFailure f = assertThrows(HttpFailure.class, () -> c.download(server.url("/big"), null));
            assertEquals(HttpFailure.Kind.TOO_LARGE, f.kind());
            assertEquals("GET " + server.base() + "/big: the response is larger than the limit of 4 KiB"
                    + " — raise the limit (http.maxIndexSize in Steward's config) if this size is expected", f.getMessage());
        }
        assertEquals(1, server.count("/big"));
    }

    @CatalogueEntry(11)
    @Test
    void aStreamedBodyOverTheLimitIsAbortedAndThePartialFileDeleted() throws IOException {
        server.route("/big", Responders.always(Reply.ok(new byte[300_000]).withoutLength().header("ETag", "\"b\"")));
        try (HttpCaller c = caller(TestSettings.fast().withMaxResponseBytes(100_000).withCacheDirectory(cacheDir))) {
            HttpFailure f = assertThrows(HttpFailure.class, () -> c.download(server.url("/big"), null));
            assertEquals(HttpFailure.Kind.TOO_LARGE, f.kind());
        }
        assertEquals(0, filesIn(cacheDir));
    }

    @CatalogueEntry(13)
    @Test
    void theLimitAppliesToTheDecodedSizeOfAGzipBody() throws IOException {
        server.route("/bomb", Responders.always(Reply.ok(new byte[1_000_000]).gzipped()));
        try (HttpCaller c = caller(TestSettings.fast().withMaxResponseBytes(100_000).withCacheDirectory(cacheDir))) {
            HttpFailure f = assertThrows(HttpFailure.class, () -> c.download(server.url("/bomb"), null));
            assertEquals(HttpFailure.Kind.TOO_LARGE, f.kind());
        }
        assertEquals(0, filesIn(cacheDir));
    }

    @Test
    void aHostOutsideTheAllowListIsRefusedWithoutAnyTraffic() {
        server.route("/x", Responders.always(Reply.ok("no")));
        try (HttpCaller c = caller(TestSettings.fast().withAllowedHosts(Set.of("charts.internal.example")))) {
            HttpFailure f = assertThrows(HttpFailure.class, () -> c.download(server.url("/x"), null));
            assertEquals(HttpFailure.Kind.BLOCKED, f.kind());
            assertEquals("GET " + server.base() + "/x: blocked: host '127.0.0.1' is not among the allowed hosts"
                    + " [charts.internal.example] — add it to the allowed hosts, or configure a mirror for it", f.getMessage());
        }
        assertEquals(0, server.requests().size());
    }

    @Test
    void anAllowedHostIsContacted() throws Exception {
        server.route("/x", Responders.always(Reply.ok("yes")));
        try (HttpCaller c = caller(TestSettings.fast().withAllowedHosts(Set.of("127.0.0.1")));
                Download d = c.download(server.url("/x"), null)) {
            assertEquals("yes", Files.readString(d.body()));
        }
    }

    @Test
    void basicAndBearerCredentialsAreSentAndMissingOnesGet401() throws Exception {
        server.route("/basic", Responders.requireAuthorization("Basic dXNlcjpzM2NyZXQ=", Responders.always(Reply.ok("b"))));
        server.route("/bearer", Responders.requireAuthorization("Bearer t0ken", Responders.always(Reply.ok("t"))));
        try (HttpCaller c = caller(TestSettings.fast())) {
            try (Download d = c.download(server.url("/basic"), Credentials.basic("user", "s3cret"))) {
                assertEquals("b", Files.readString(d.body()));
            }
            try (Download d = c.download(server.url("/bearer"), Credentials.bearer("t0ken"))) {
                assertEquals("t", Files.readString(d.body()));
            }
            HttpFailure f = assertThrows(HttpFailure.class, () -> c.download(server.url("/basic"), null));
            assertEquals(401, f.status());
            assertTrue(f.getMessage().endsWith("401 Unauthorized — check the credentials configured for this URL"));
        }
        assertEquals(2, server.count("/basic"));
    }

    @Test
    void userinfoInTheUrlBecomesBasicCredentialsAndIsNeverShown() throws Exception {
        server.route("/x", Responders.requireAuthorization("Basic dXNlcjpzM2NyZXQ=", Responders.always(Reply.ok("b"))));
        String url = server.base().replace("http://", "http://user:s3cret@") + "/x";
        try (HttpCaller c = caller(TestSettings.fast()); Download d = c.download(java.net.URI.create(url), null)) {
            assertEquals(server.base() + "/x", d.url());
        }
    }

    @Test
    void requestsToOneHostAreLimitedToTheConfiguredConcurrency() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        server.route("/x", (request, nth) -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            return Reply.ok("x");
        });
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try (HttpCaller c = caller(TestSettings.fast().withPerHostConcurrency(2))) {
            List<Future<Long>> sizes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sizes.add(pool.submit(() -> {
                    try (Download d = c.download(server.url("/x"), null)) {
                        return d.bytes();
                    }
                }));
            }
            for (Future<Long> size : sizes) {
                assertEquals(1L, size.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, most.get());
    }

    private static long filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
