package io.kubesteward.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When {@link HttpCaller#exchange} repeats a request, and when it must not. */
class HttpExchangeRetryTest {
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
    void aGetIsRetriedAfterAServerError() throws Exception {
        server.route("/x", Responders.sequence(Reply.status(502), Reply.ok("fine")));
        try (HttpCaller c = caller(TestSettings.fast())) {
            assertEquals("fine", c.exchange(ApiRequest.get(server.url("/x"), null)).text());
        }
        assertEquals(2, server.count("/x"));
    }

    @Test
    void aGetThatKeepsFailingThrowsOnceRetriesRunOut() {
        server.route("/x", Responders.always(Reply.status(503)));
        try (HttpCaller c = caller(TestSettings.fast())) {
            HttpFailure f = assertThrows(HttpFailure.class, () -> c.exchange(ApiRequest.get(server.url("/x"), null)));
            assertEquals(503, f.status());
            assertEquals("GET " + server.base() + "/x: 503 Service Unavailable (3 attempts)"
                    + " — the server is failing; try again later", f.getMessage());
        }
        assertEquals(3, server.count("/x"));
    }

    @Test
    void aPostIsNeverRepeatedAfterAServerError() throws Exception {
        server.route("/x", Responders.sequence(Reply.status(500), Reply.ok("created")));
        try (HttpCaller c = caller(TestSettings.fast())) {
            assertEquals(500, c.exchange(ApiRequest.json("POST", server.url("/x"), null, "{}")).status());
        }
        assertEquals(1, server.count("/x"));
        server.route("/y", Responders.sequence(Reply.status(503), Reply.ok("patched")));
        try (HttpCaller c = caller(TestSettings.fast())) {
            assertEquals(503, c.exchange(ApiRequest.json("PATCH", server.url("/y"), null, "{}")).status());
        }
        assertEquals(1, server.count("/y"));
        assertTrue(sleeper.waits.isEmpty());
    }

    @Test
    void aServiceUnavailableWithRetryAfterIsWaitedForAGetButNotForAPost() throws Exception {
        for (String path : List.of("/p", "/g")) {
            server.route(path, Responders.sequence(Reply.status(503).header("Retry-After", "4"), Reply.ok("ok")));
        }
        try (HttpCaller c = caller(TestSettings.fast())) {
            assertEquals(503, c.exchange(ApiRequest.json("POST", server.url("/p"), null, "{}")).status());
            assertEquals("ok", c.exchange(ApiRequest.get(server.url("/g"), null)).text());
        }
        assertEquals(1, server.count("/p"));
        assertEquals(List.of(Duration.ofSeconds(4)), sleeper.waits);
    }

    @Test
    void aPutIsIdempotentAndRetriedAfterAServerError() throws Exception {
        server.route("/x", Responders.sequence(Reply.status(500), Reply.ok("merged")));
        try (HttpCaller c = caller(TestSettings.fast())) {
            assertEquals("merged", c.exchange(ApiRequest.json("PUT", server.url("/x"), null, "{}")).text());
        }
        assertEquals(2, server.count("/x"));
    }

    @Test
    void aPostIsRepeatedAfterTooManyRequestsWithItsBody() throws Exception {
        server.route("/x", Responders.sequence(Reply.status(429).header("Retry-After", "1"), Reply.ok("created")));
        try (HttpCaller c = caller(TestSettings.fast())) {
            assertEquals("created", c.exchange(ApiRequest.json("POST", server.url("/x"), null, "{\"n\":1}")).text());
        }
        assertEquals(List.of(Duration.ofSeconds(1)), sleeper.waits);
        assertEquals("{\"n\":1}", server.requests("/x").get(1).bodyText());
    }

    @Test
    void aPostIsNotRepeatedAfterATimeoutButAGetIs() {
        server.route("/slow", Responders.always(Reply.ok("late").delayed(Duration.ofMillis(800))));
        try (HttpCaller c = caller(TestSettings.fast())) {
            HttpFailure post = assertThrows(HttpFailure.class,
                    () -> c.exchange(ApiRequest.json("POST", server.url("/slow"), null, "{}")));
            assertEquals(HttpFailure.Kind.TIMEOUT, post.kind());
            assertEquals(1, post.attempts());
            assertTrue(post.getMessage().startsWith("POST "), post.getMessage());
            HttpFailure get = assertThrows(HttpFailure.class, () -> c.exchange(ApiRequest.get(server.url("/slow"), null)));
            assertEquals(3, get.attempts());
        }
    }

    @Test
    void aPostIsRepeatedWhenTheConnectionWasRefused() {
        URI closed;
        try (TestHttpServer gone = TestHttpServer.start()) {
            closed = gone.url("/x");
        }
        try (HttpCaller c = caller(TestSettings.fast())) {
            HttpFailure f = assertThrows(HttpFailure.class, () -> c.exchange(ApiRequest.json("POST", closed, null, "{}")));
            assertEquals(HttpFailure.Kind.CONNECT, f.kind());
            assertEquals(3, f.attempts());
        }
    }

    @Test
    void githubsSecondaryLimitIsWaitedOut() throws Exception {
        server.route("/x", Responders.sequence(Reply.status(403).header("Retry-After", "7"), Reply.ok("ok")));
        try (HttpCaller c = caller(TestSettings.fast())) {
            assertEquals("ok", c.exchange(ApiRequest.json("POST", server.url("/x"), null, "{}")).text());
        }
        assertEquals(List.of(Duration.ofSeconds(7)), sleeper.waits);
    }

    @Test
    void aPlainForbiddenIsAnAnswerNotAThrottle() throws Exception {
        server.route("/x", Responders.always(Reply.status(403).header("X-RateLimit-Remaining", "4999")));
        try (HttpCaller c = caller(TestSettings.fast())) {
            assertEquals(403, c.exchange(ApiRequest.get(server.url("/x"), null)).status());
        }
        assertEquals(1, server.count("/x"));
    }

    @CatalogueEntry(50)
    @Test
    void anExhaustedQuotaWaitsUntilTheReset() throws Exception {
        long reset = Instant.now().plusSeconds(5).getEpochSecond();
        server.route("/x", Responders.sequence(Reply.status(403).header("X-RateLimit-Remaining", "0")
                .header("X-RateLimit-Reset", Long.toString(reset)), Reply.ok("ok")));
        try (HttpCaller c = caller(TestSettings.fast())) {
            assertEquals("ok", c.exchange(ApiRequest.get(server.url("/x"), null)).text());
        }
        Duration waited = sleeper.waits.get(0);
        assertTrue(waited.compareTo(Duration.ofSeconds(3)) > 0 && waited.compareTo(Duration.ofSeconds(6)) <= 0, waited::toString);
    }

    @CatalogueEntry(50)
    @Test
    void aQuotaResettingBeyondTheCapFailsAtOnceNamingTheTime() {
        Instant reset = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        server.route("/x", Responders.always(Reply.status(429).header("X-RateLimit-Remaining", "0")
                .header("X-RateLimit-Reset", Long.toString(reset.getEpochSecond()))));
        try (HttpCaller c = caller(TestSettings.fast())) {
            HttpFailure f = assertThrows(HttpFailure.class, () -> c.exchange(ApiRequest.get(server.url("/x"), null)));
            assertEquals(429, f.status());
            assertEquals("GET " + server.base() + "/x: rate limited until " + reset + " (429 Too Many Requests); that is"
                    + " longer than the 30 s Steward waits (maxRetryAfter) — try again after that, or use credentials"
                    + " with a higher rate limit", f.getMessage());
        }
        assertEquals(1, server.count("/x"));
        assertTrue(sleeper.waits.isEmpty());
    }

    @CatalogueEntry(51)
    @Test
    void aThrottleThatOutlastsTheRetriesFails() {
        server.route("/x", Responders.always(Reply.status(429)));
        try (HttpCaller c = caller(TestSettings.fast())) {
            HttpFailure f = assertThrows(HttpFailure.class, () -> c.exchange(ApiRequest.get(server.url("/x"), null)));
            assertEquals(3, f.attempts());
            assertTrue(f.getMessage().contains("rate limited (429 Too Many Requests) (3 attempts)"), f.getMessage());
        }
        assertEquals(3, server.count("/x"));
    }
}
