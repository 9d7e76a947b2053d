package io.kubesteward.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpCallerRetryTest {
    private final TestHttpServer server = TestHttpServer.start();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpCaller caller(HttpSettings settings) {
        return new HttpCaller(settings, sleeper, () -> 0.5, java.time.Clock.systemUTC());
    }

    @Test
    void aServerErrorIsRetriedAndTheRetrySucceeds() throws Exception {
        server.route("/x", Responders.sequence(Reply.status(500), Reply.ok("fine")));
        try (HttpCaller c = caller(TestSettings.fast()); Download d = c.download(server.url("/x"), null)) {
            assertEquals("fine", Files.readString(d.body()));
        }
        assertEquals(2, server.count("/x"));
        assertEquals(1, sleeper.waits.size());
    }

    @Test
    void aServerThatAlwaysFailsIsRetriedABoundedNumberOfTimes() {
        server.route("/x", Responders.always(Reply.status(503)));
        try (HttpCaller c = caller(TestSettings.fast())) {
            HttpFailure f = assertThrows(HttpFailure.class, () -> c.download(server.url("/x"), null));
            assertEquals(HttpFailure.Kind.STATUS, f.kind());
            assertEquals(503, f.status());
            assertEquals(3, f.attempts());
            assertEquals("GET " + server.base() + "/x: 503 Service Unavailable (3 attempts)"
                    + " — the server is failing; try again later", f.getMessage());
        }
        assertEquals(3, server.count("/x"));
        assertEquals(2, sleeper.waits.size());
    }

    @Test
    void otherClientErrorsAreNeverRetried() {
        server.route("/x", Responders.always(Reply.status(404)));
        try (HttpCaller c = caller(TestSettings.fast())) {
            HttpFailure f = assertThrows(HttpFailure.class, () -> c.download(server.url("/x"), null));
            assertEquals("GET " + server.base() + "/x: 404 Not Found — check the URL", f.getMessage());
        }
        assertEquals(1, server.count("/x"));
    }

    @Test
    void retryAfterSecondsIsHonoured() throws Exception {
        server.route("/x", Responders.sequence(Reply.status(429).header("Retry-After", "2"), Reply.ok("ok")));
        try (HttpCaller c = caller(TestSettings.fast()); Download d = c.download(server.url("/x"), null)) {
            assertEquals("ok", Files.readString(d.body()));
        }
        assertEquals(java.util.List.of(Duration.ofSeconds(2)), sleeper.waits);
    }

    @Test
    void retryAfterDateIsHonoured() throws Exception {
        String inFiveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(5));
        server.route("/x", Responders.sequence(Reply.status(503).header("Retry-After", inFiveSeconds), Reply.ok("ok")));
        try (HttpCaller c = caller(TestSettings.fast()); Download d = c.download(server.url("/x"), null)) {
            assertEquals("ok", Files.readString(d.body()));
        }
        Duration waited = sleeper.waits.get(0);
        assertTrue(waited.compareTo(Duration.ofSeconds(3)) > 0 && waited.compareTo(Duration.ofSeconds(6)) <= 0, waited::toString);
    }

    @Test
    void aRetryAfterBeyondTheCapFailsAtOnce() {
        server.route("/x", Responders.always(Reply.status(429).header("Retry-After", "3600")));
        try (HttpCaller c = caller(TestSettings.fast())) {
            HttpFailure f = assertThrows(HttpFailure.class, () -> c.download(server.url("/x"), null));
            assertTrue(f.getMessage().contains("429 Too Many Requests; the server asked to wait 3600 s, longer than the 30 s"),
                    f.getMessage());
        }
        assertEquals(1, server.count("/x"));
        assertTrue(sleeper.waits.isEmpty());
    }

    @Test
    void aServerSlowerThanTheRequestTimeoutTimesOut() {
        server.route("/slow", Responders.always(Reply.ok("late").delayed(Duration.ofSeconds(2))));
        HttpSettings settings = TestSettings.fast().withRetries(1, Duration.ofMillis(1), Duration.ofMillis(1));
        try (HttpCaller c = caller(settings)) {
            HttpFailure f = assertThrows(HttpFailure.class, () -> c.download(server.url("/slow"), null));
            assertEquals(HttpFailure.Kind.TIMEOUT, f.kind());
            assertEquals("GET " + server.base() + "/slow: no response within 300 ms (2 attempts)"
                    + " — check the network, or raise the request timeout", f.getMessage());
        }
    }

    @Test
    void aBodyThatStopsArrivingTimesOut() {
        byte[] body = new byte[200_000];
        server.route("/stall", Responders.always(Reply.ok(body).stallingMidBody(Duration.ofSeconds(2))));
        HttpSettings settings = TestSettings.fast().withRetries(0, Duration.ofMillis(1), Duration.ofMillis(1));
        try (HttpCaller c = caller(settings)) {
            HttpFailure f = assertThrows(HttpFailure.class, () -> c.download(server.url("/stall"), null));
            assertEquals(HttpFailure.Kind.TIMEOUT, f.kind());
        }
    }

    @Test
    void aRefusedConnectionIsRetriedThenReported() {
        URI closed;
        try (TestHttpServer gone = TestHttpServer.start()) {
            closed = gone.url("/index.yaml");
        }
        try (HttpCaller c = caller(TestSettings.fast())) {
            HttpFailure f = assertThrows(HttpFailure.class, () -> c.download(closed, null));
            assertEquals(HttpFailure.Kind.CONNECT, f.kind());
            assertEquals(3, f.attempts());
            assertTrue(f.getMessage().contains("cannot connect to 127.0.0.1:" + closed.getPort()), f.getMessage());
        }
    }

    @Test
    void redirectsAreFollowedWithinTheSameOrigin() throws Exception {
        server.route("/old", Responders.always(Reply.status(302).header("Location", "/new")));
        server.route("/new", Responders.always(Reply.ok("moved")));
        try (HttpCaller c = caller(TestSettings.fast());
                Download d = c.download(server.url("/old"), Credentials.bearer("tok-123"))) {
            assertEquals("moved", Files.readString(d.body()));
        }
        assertEquals("Bearer tok-123", server.requests("/new").get(0).header("Authorization"));
    }

    @CatalogueEntry(20)
    @Test
    void credentialsAreNotForwardedToAnotherOrigin() throws Exception {
        try (TestHttpServer other = TestHttpServer.start()) {
            other.route("/elsewhere", Responders.always(Reply.ok("there")));
            server.route("/old", Responders.always(Reply.status(301).header("Location", other.base() + "/elsewhere")));
            try (HttpCaller c = caller(TestSettings.fast());
                    Download d = c.download(server.url("/old"), Credentials.basic("u", "p4ss"))) {
                assertEquals("there", Files.readString(d.body()));
            }
            assertEquals(null, other.requests().get(0).header("Authorization"));
        }
    }

    @CatalogueEntry({20, 40})
    @Test
    void redirectsToOtherSchemesOrEndlessRedirectsFailWithoutRetrying() {
        server.route("/ftp", Responders.always(Reply.status(302).header("Location", "ftp://files.example/x")));
        server.route("/loop", Responders.always(Reply.status(307).header("Location", "/loop")));
        try (HttpCaller c = caller(TestSettings.fast())) {
            HttpFailure ftp = assertThrows(HttpFailure.class, () -> c.download(server.url("/ftp"), null));
            assertEquals("GET " + server.base() + "/ftp: the server redirected to ftp://files.example/x, which is not"
                    + " an http(s) URL — check the URL", ftp.getMessage());
            HttpFailure loop = assertThrows(HttpFailure.class, () -> c.download(server.url("/loop"), null));
            assertTrue(loop.getMessage().contains("more than 5 redirects"), loop.getMessage());
            assertThrows(HttpFailure.class, () -> c.download(URI.create("file:///etc/passwd"), null));
        }
        assertEquals(1, server.count("/ftp"));
        assertEquals(6, server.count("/loop"));
    }
}
