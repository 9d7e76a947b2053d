package io.kubesteward.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** No credential value ever appears in a message, an exception, a stack trace or a toString. */
class RedactionCanaryTest {
    private static final String CANARY = "CANARY-7f3a9c-SECRET";

    private final TestHttpServer server = TestHttpServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void noFailureEverShowsTheCredentials() {
        server.route("/404", Responders.always(Reply.status(404)));
        server.route("/401", Responders.always(Reply.status(401)));
        server.route("/500", Responders.always(Reply.status(500)));
        server.route("/slow", Responders.always(Reply.ok("x").delayed(Duration.ofMillis(400))));
        server.route("/big", Responders.always(Reply.ok(new byte[10_000])));
        server.route("/loop", Responders.always(Reply.status(302).header("Location", "/loop")));
        URI refused;
        try (TestHttpServer gone = TestHttpServer.start()) {
            refused = gone.url("/x");
        }
        HttpSettings settings = TestSettings.fast().withRetries(1, Duration.ofMillis(1), Duration.ofMillis(1))
                .withTimeouts(Duration.ofMillis(300), Duration.ofMillis(100))
                .withMaxResponseBytes(1000);
        List<Credentials> credentials = List.of(Credentials.basic("user", CANARY), Credentials.basic(CANARY, "pw"),
                Credentials.bearer(CANARY));
        List<String> seen = new ArrayList<>();
        for (Credentials creds : credentials) {
            seen.add(creds.toString());
            try (HttpCaller c = new HttpCaller(settings, new RecordingSleeper(), () -> 0.5, java.time.Clock.systemUTC())) {
                for (String path : List.of("/404", "/401", "/500", "/slow", "/big", "/loop")) {
                    seen.add(everything(assertThrows(HttpFailure.class, () -> c.download(server.url(path), creds))));
                    seen.add(everything(assertThrows(HttpFailure.class, () -> c.download(withUserInfo(server.url(path)), null))));
                }
                seen.add(everything(assertThrows(HttpFailure.class, () -> c.download(refused, creds))));
                seen.add(everything(assertThrows(HttpFailure.class, () -> c.download(withUserInfo(refused), null))));
            }
            try (HttpCaller blocked = new HttpCaller(settings.withAllowedHosts(Set.of("example.org")), java.time.Clock.systemUTC())) {
                seen.add(everything(assertThrows(HttpFailure.class, () -> blocked.download(withUserInfo(server.url("/x")), creds))));
            }
        }
        for (String text : seen) {
            assertFalse(text.contains(CANARY), text);
        }
    }

    private static URI withUserInfo(URI uri) {
        return URI.create(uri.toString().replace("http://", "http://user:" + CANARY + "@"));
    }

    /** Message, toString, stack trace and the whole cause chain, as text. */
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
