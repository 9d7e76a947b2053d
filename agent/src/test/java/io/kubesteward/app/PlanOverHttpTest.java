package io.kubesteward.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.kubesteward.pipeline.Progress;
import io.kubesteward.report.Renderers;
import io.kubesteward.report.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole plan against a chart repository served over HTTP on 127.0.0.1 that wants a bearer token. */
class PlanOverHttpTest {
    private static final String CANARY = "canary-7f3a9c1e-do-not-leak";
    private static final String INDEX = """
            apiVersion: v1
            entries:
              app:
              - version: 1.3.0
                created: "2026-01-02T03:04:05Z"
                urls: [app-1.3.0.tgz]
              - version: 1.2.0
                created: "2025-06-01T00:00:00Z"
                urls: [app-1.2.0.tgz]
            """;

    private HttpServer server;
    private final List<String> authorizations = new ArrayList<>();
    private volatile String expectedToken = CANARY;

    @TempDir
    Path dir;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/charts/index.yaml", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(auth);
            boolean ok = ("Bearer " + expectedToken).equals(auth);
            byte[] body = ok ? INDEX.getBytes(StandardCharsets.UTF_8)
                    : ("{\"error\":\"token " + auth + " rejected\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(ok ? 200 : 401, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Report plan() throws Exception {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/charts";
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve(".steward"));
        Files.writeString(repo.resolve("Chart.yaml"), """
                apiVersion: v2
                name: umbrella
                version: 0.1.0
                dependencies:
                  - name: app
                    version: 1.2.0
                    repository: "@private"
                """);
        Path token = dir.resolve("token");
        Files.writeString(token, CANARY + "\n");
        Path config = dir.resolve("steward.yaml");
        Files.writeString(config, """
                apiVersion: steward.io/v1alpha1
                kind: Config
                repositories:
                  - url: %s
                    alias: private
                    auth:
                      tokenFrom: {file: %s}
                http: {retries: 0, allowedHosts: [127.0.0.1]}
                """.formatted(url, token));
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);
        return new StewardApp(clock, Progress.SILENT).plan(new PlanOptions(repo, config));
    }

    private static String render(Report report, String format) throws IOException {
        StringWriter out = new StringWriter();
        Renderers.named(format).render(report, out);
        return out.toString();
    }

    @Test
    void resolves_the_alias_sends_the_token_from_a_file_and_proposes_the_update() throws Exception {
        Report report = plan();
        assertEquals(List.of("Bearer " + CANARY), authorizations);
        assertEquals("update", report.declarations().get(0).status());
        assertEquals("1.3.0", report.declarations().get(0).updates().get(0).to());
        assertEquals("downloaded", report.statistics().indexes().get(0).outcome());
    }

    @Test
    void a_rejected_token_is_a_lookup_failure_that_never_shows_the_token() throws Exception {
        expectedToken = "something-else";
        Report report = plan();
        assertEquals("lookup-failed", report.declarations().get(0).status());
        assertTrue(report.declarations().get(0).reason().contains("401"), report.declarations().get(0).reason());
        for (String format : Renderers.names()) {
            assertFalse(render(report, format).contains(CANARY), format + " output leaks the token");
        }
    }
}
