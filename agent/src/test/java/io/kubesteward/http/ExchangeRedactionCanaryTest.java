package io.kubesteward.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** No credential given to {@link HttpCaller#exchange} shows in any failure, request or response text. */
class ExchangeRedactionCanaryTest {
    private static final String CANARY = "CANARY-e1c4b7-SECRET";

    private final TestHttpServer server = TestHttpServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void noFailureEverShowsTheCredentials() throws Exception {
        server.route("/500", Responders.always(Reply.status(500)));
        server.route("/slow", Responders.always(Reply.ok("x").delayed(Duration.ofMillis(400))));
        server.route("/big", Responders.always(Reply.ok(new byte[10_000])));
        server.route("/loop", Responders.always(Reply.status(302).header("Location", "/loop")));
        server.route("/limited", Responders.always(Reply.status(403).header("X-RateLimit-Remaining", "0")
                .header("X-RateLimit-Reset", Long.toString(Instant.now().plusSeconds(7200).getEpochSecond()))));
        server.route("/ok", Responders.always(Reply.ok("fine")));
        URI refused;
        try (TestHttpServer gone = TestHttpServer.start()) {
            refused = gone.url("/x");
        }
        HttpSettings settings = TestSettings.fast().withRetries(1, Duration.ofMillis(1), Duration.ofMillis(1))
                .withTimeouts(Duration.ofMillis(300), Duration.ofMillis(100)).withMaxResponseBytes(1000);
        List<ApiRequest> requests = new ArrayList<>();
        for (String path : List.of("/500", "/slow", "/big", "/loop", "/limited")) {
            requests.add(ApiRequest.get(server.url(path), Credentials.bearer(CANARY)));
            requests.add(ApiRequest.json("POST", server.url(path), Credentials.basic("u", CANARY), "{}"));
            requests.add(ApiRequest.get(server.url(path), null).withHeader("PRIVATE-TOKEN", CANARY));
            requests.add(ApiRequest.get(URI.create(server.url(path).toString().replace("http://", "http://u:" + CANARY + "@")), null));
        }
        requests.add(ApiRequest.get(refused, Credentials.bearer(CANARY)));
        List<String> seen = new ArrayList<>();
        try (HttpCaller c = new HttpCaller(settings, new RecordingSleeper(), () -> 0.5, java.time.Clock.systemUTC());
                HttpCaller blocked = new HttpCaller(settings.withAllowedHosts(Set.of("example.org")), java.time.Clock.systemUTC())) {
            for (ApiRequest r : requests) {
                seen.add(r.toString());
                seen.add(outcome(c, r));
                seen.add(everything(assertThrows(HttpFailure.class, () -> blocked.exchange(r))));
            }
            seen.add(c.exchange(ApiRequest.get(server.url("/ok"), Credentials.bearer(CANARY))).toString());
        }
        for (String text : seen) {
            assertFalse(text.contains(CANARY), text);
        }
    }

    /** A failure's whole text, or (a POST answered 500 or 302) the response's text. */
    private static String outcome(HttpCaller c, ApiRequest r) {
        try {
            ApiResponse response = c.exchange(r);
            assertFalse(r.method().equals("GET"), "a GET here should fail: " + response);
            return response + response.text();
        } catch (HttpFailure f) {
            return everything(f);
        }
    }

    private static String everything(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        StringBuilder all = new StringBuilder(out.toString()).append(t).append(t.getMessage());
        for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
            all.append(c).append(c.getMessage());
        }
        return all.toString();
    }
}
