package io.kubesteward.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Statuses, methods, redirects and size limits of {@link HttpCaller#exchange}. */
class HttpExchangeTest {
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
    void aSuccessfulGetReturnsStatusHeadersAndBody() throws Exception {
        server.route("/api", Responders.always(Reply.ok("{\"a\":1}").header("X-Total-Count", "7")));
        try (HttpCaller c = caller(TestSettings.fast())) {
            ApiResponse r = c.exchange(ApiRequest.get(server.url("/api"), Credentials.bearer("tok-1"))
                    .withHeader("Accept", "application/json"));
            assertEquals(200, r.status());
            assertEquals("{\"a\":1}", r.text());
            assertEquals(Optional.of("7"), r.header("x-total-count"));
            assertEquals(Optional.of("7"), r.header("X-TOTAL-COUNT"));
            assertTrue(r.headers().containsKey("x-total-count"), r.headers()::toString);
            assertEquals(server.url("/api"), r.uri());
        }
        RecordedRequest seen = server.requests("/api").get(0);
        assertEquals("GET", seen.method());
        assertEquals("Bearer tok-1", seen.header("Authorization"));
        assertEquals("application/json", seen.header("Accept"));
        assertTrue(seen.header("User-Agent").startsWith("steward/"), seen.header("User-Agent"));
    }

    @CatalogueEntry(48)
    @Test
    void everyFinalStatusComesBackAsAResponseWithoutRetrying() throws Exception {
        for (int status : List.of(201, 204, 304, 400, 401, 403, 404, 409, 410, 422)) {
            server.route("/s" + status, Responders.always(Reply.ok("{\"message\":\"m\"}").withStatus(status)));
        }
        try (HttpCaller c = caller(TestSettings.fast())) {
            for (int status : List.of(201, 204, 304, 400, 401, 403, 404, 409, 410, 422)) {
                ApiResponse r = c.exchange(ApiRequest.get(server.url("/s" + status), null));
                assertEquals(status, r.status());
                assertEquals(1, server.count("/s" + status), "requests for " + status);
            }
        }
        assertTrue(sleeper.waits.isEmpty());
    }

    @Test
    void postSendsItsBodyAndIsNotRedirected() throws Exception {
        server.route("/pulls", Responders.always(Reply.status(302).header("Location", "/elsewhere")));
        try (HttpCaller c = caller(TestSettings.fast())) {
            ApiResponse r = c.exchange(ApiRequest.json("POST", server.url("/pulls"), Credentials.bearer("tok"),
                    "{\"title\":\"t\"}"));
            assertEquals(302, r.status());
        }
        RecordedRequest seen = server.requests("/pulls").get(0);
        assertEquals("POST", seen.method());
        assertEquals("{\"title\":\"t\"}", seen.bodyText());
        assertEquals("application/json", seen.header("Content-Type"));
        assertEquals(0, server.count("/elsewhere"));
    }

    @Test
    void patchAndDeleteAreSent() throws Exception {
        server.route("/x", (request, nth) -> Reply.ok(request.method() + ":" + request.bodyText()));
        try (HttpCaller c = caller(TestSettings.fast())) {
            assertEquals("PATCH:{}", c.exchange(ApiRequest.json("patch", server.url("/x"), null, "{}")).text());
            assertEquals("DELETE:", c.exchange(ApiRequest.of("DELETE", server.url("/x"), null)).text());
        }
    }

    @Test
    void headReturnsHeadersWithoutABody() throws Exception {
        server.route("/m", Responders.always(Reply.ok("ignored").header("Docker-Content-Digest", "sha256:abc")));
        try (HttpCaller c = caller(TestSettings.fast())) {
            ApiResponse r = c.exchange(ApiRequest.head(server.url("/m"), null));
            assertEquals(200, r.status());
            assertEquals(Optional.of("sha256:abc"), r.header("docker-content-digest"));
            assertArrayEquals(new byte[0], r.body());
        }
        assertEquals("HEAD", server.requests("/m").get(0).method());
    }

    @CatalogueEntry(20)
    @Test
    void getRedirectsAreFollowedAndSecretsStayWithTheOrigin() throws Exception {
        try (TestHttpServer other = TestHttpServer.start()) {
            other.route("/there", Responders.always(Reply.ok("there")));
            server.route("/here", Responders.always(Reply.ok("here")));
            server.route("/same", Responders.always(Reply.status(307).header("Location", "/here")));
            server.route("/away", Responders.always(Reply.status(302).header("Location", other.base() + "/there")));
            try (HttpCaller c = caller(TestSettings.fast())) {
                ApiRequest same = ApiRequest.get(server.url("/same"), Credentials.bearer("tok-9"));
                assertEquals("here", c.exchange(same).text());
                ApiRequest away = ApiRequest.get(server.url("/away"), Credentials.bearer("tok-9"))
                        .withHeader("PRIVATE-TOKEN", "gl-secret").withHeader("Accept", "text/plain");
                ApiResponse r = c.exchange(away);
                assertEquals("there", r.text());
                assertEquals(other.url("/there"), r.uri());
            }
            assertEquals("Bearer tok-9", server.requests("/here").get(0).header("Authorization"));
            RecordedRequest forwarded = other.requests("/there").get(0);
            assertNull(forwarded.header("Authorization"));
            assertNull(forwarded.header("PRIVATE-TOKEN"));
            assertEquals("text/plain", forwarded.header("Accept"));
        }
    }

    @Test
    void anExplicitAuthorizationHeaderWinsOverCredentials() throws Exception {
        server.route("/x", Responders.always(Reply.ok("ok")));
        try (HttpCaller c = caller(TestSettings.fast())) {
            c.exchange(ApiRequest.get(server.url("/x"), Credentials.bearer("tok")).withHeader("Authorization", "token gitea"));
        }
        assertEquals("token gitea", server.requests("/x").get(0).header("Authorization"));
    }

    @Test
    void userInfoInTheUrlBecomesBasicCredentials() throws Exception {
        server.route("/x", Responders.always(Reply.ok("ok")));
        URI withUser = URI.create(server.base().replace("http://", "http://alice:s3cret@") + "/x");
        try (HttpCaller c = caller(TestSettings.fast())) {
            assertEquals(server.url("/x"), c.exchange(ApiRequest.get(withUser, null)).uri());
        }
        assertEquals("Basic YWxpY2U6czNjcmV0", server.requests("/x").get(0).header("Authorization"));
    }

    @CatalogueEntry(13)
    @Test
    void bodiesOverTheLimitFailDecodedOrDeclared() throws Exception {
        server.route("/declared", Responders.always(Reply.ok(new byte[5000])));
        server.route("/streamed", Responders.always(Reply.ok(new byte[5000]).withoutLength()));
        server.route("/gzip", Responders.always(Reply.ok(new byte[5000]).gzipped()));
        server.route("/small-gzip", Responders.always(Reply.ok("tiny").gzipped()));
        try (HttpCaller c = caller(TestSettings.fast().withMaxResponseBytes(4096))) {
            for (String path : List.of("/declared", "/streamed", "/gzip")) {
                HttpFailure f = assertThrows(HttpFailure.class, () -> c.exchange(ApiRequest.get(server.url(path), null)));
                assertEquals(HttpFailure.Kind.TOO_LARGE, f.kind(), path);
                assertTrue(f.getMessage().startsWith("GET " + server.base() + path + ": the response is larger than"
                        + " the limit of 4 KiB"), f.getMessage());
                assertEquals(1, server.count(path), path);
            }
            assertEquals("tiny", c.exchange(ApiRequest.get(server.url("/small-gzip"), null)).text());
        }
    }

    @Test
    void aBlockedHostIsRefusedBeforeAnyRequest() {
        server.route("/x", Responders.always(Reply.ok("ok")));
        try (HttpCaller c = caller(TestSettings.fast().withAllowedHosts(Set.of("api.github.com")))) {
            HttpFailure f = assertThrows(HttpFailure.class,
                    () -> c.exchange(ApiRequest.of("POST", server.url("/x"), null)));
            assertEquals(HttpFailure.Kind.BLOCKED, f.kind());
            assertTrue(f.getMessage().startsWith("POST " + server.base() + "/x: blocked: host '127.0.0.1'"), f.getMessage());
        }
        assertEquals(0, server.count("/x"));
    }

    @Test
    void headersTheClientOwnsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ApiRequest.get(server.url("/x"), null).withHeader("Content-Length", "3"));
        assertTrue(e.getMessage().contains("Content-Length"), e.getMessage());
    }
}
