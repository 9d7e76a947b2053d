package io.kubesteward.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code steward plan} against chart repositories on 127.0.0.1 that misbehave: each fault becomes the
 * one declaration's lookup failure, in words naming the URL and what to do; the other repository's
 * update is still proposed, the run exits 0, and the token sent to both never shows.
 */
class HostileChartRepositoryTest {
    @TempDir
    Path dir;
    private HostileServer good;
    private HostileServer bad;
    private final StewardCli steward = new StewardCli().withSecret(GitopsRepo.TOKEN);

    @BeforeEach
    void serve() {
        good = HostileServer.start().on("/good/index.yaml", HostileServer.ok(GitopsRepo.index("calm")));
        bad = HostileServer.start();
    }

    @AfterEach
    void stop() {
        good.close();
        bad.close();
    }

    /** Plans with one calm and one hostile repository; returns the hostile declaration's reason. */
    private String failure(String http) throws Exception {
        GitopsRepo repo = new GitopsRepo(dir).chart("calm", good.url("/good")).chart("wild", bad.url("/bad"));
        if (http != null) {
            repo.http(http);
        }
        StewardCli.Result result = steward.run(repo.plan()).exits(0);
        assertEquals("update", result.declaration("calm").get("status").asText(), "the calm repository is unaffected");
        JsonNode wild = result.declaration("wild");
        assertEquals("lookup-failed", wild.get("status").asText(), wild.toString());
        String reason = wild.get("reason").asText();
        assertTrue(reason.contains(bad.url("/bad/index.yaml")), "names the URL: " + reason);
        return reason;
    }

    private String failure() throws Exception {
        return failure(null);
    }

    @CatalogueEntry(11)
    @Test
    void an_index_that_never_ends_stops_at_the_size_limit() throws Exception {
        bad.on("/bad/index.yaml", HostileServer.endless());
        String reason = failure();
        assertTrue(reason.contains("larger than the limit of 1 MiB") && reason.contains("maxIndexSize"), reason);
    }

    @CatalogueEntry(13)
    @Test
    void a_gzip_bomb_stops_at_the_size_limit_counted_after_inflating() throws Exception {
        bad.on("/bad/index.yaml", HostileServer.gzipBomb(1L << 30));
        String reason = failure();
        assertTrue(reason.contains("larger than the limit of 1 MiB"), reason);
    }

    @CatalogueEntry(24)
    @Test
    void a_body_that_drips_a_byte_at_a_time_ends_at_ten_request_timeouts() throws Exception {
        bad.on("/bad/index.yaml", HostileServer.drip(Duration.ofMillis(50)));
        String reason = failure("{retries: 0, timeout: 300ms, connectTimeout: 1s, maxIndexSize: 1Mi, allowedHosts: [127.0.0.1]}");
        assertTrue(reason.contains("took longer than 3 s") && reason.contains("raise the request timeout"), reason);
    }

    @CatalogueEntry(20)
    @Test
    void a_redirect_to_another_host_is_followed_without_the_credentials() throws Exception {
        try (HostileServer elsewhere = HostileServer.start().on("/moved/index.yaml", HostileServer.ok(GitopsRepo.index("wild")))) {
            String otherHost = "http://localhost:" + elsewhere.port() + "/moved/index.yaml";
            bad.on("/bad/index.yaml", HostileServer.withHeaders(302, "", "Location", otherHost));
            GitopsRepo repo = new GitopsRepo(dir).chart("calm", good.url("/good")).chart("wild", bad.url("/bad"))
                    .http("{retries: 0, timeout: 1s, allowedHosts: [127.0.0.1, localhost]}");
            StewardCli.Result result = steward.run(repo.plan()).exits(0);
            assertEquals("update", result.declaration("wild").get("status").asText());
            assertEquals("Bearer " + GitopsRepo.TOKEN, bad.authorizations().get(0), "the repository's own host gets the token");
            assertEquals(java.util.List.of("(none)"), elsewhere.authorizations(), "another host never does");
        }
    }

    @CatalogueEntry(49)
    @Test
    void a_retry_after_of_a_day_fails_at_once_instead_of_waiting() throws Exception {
        bad.on("/bad/index.yaml", HostileServer.withHeaders(429, "slow down", "Retry-After", "86400"));
        long started = System.nanoTime();
        String reason = failure();
        assertTrue(reason.contains("429") && reason.contains("asked to wait 86400 s") && reason.contains("maxRetryAfter"), reason);
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 60, "did not wait for the Retry-After");
        assertEquals(1, bad.paths().size(), "not asked again within the run");
    }

    @CatalogueEntry(24)
    @Test
    void a_server_error_forever_is_retried_then_reported() throws Exception {
        bad.on("/bad/index.yaml", HostileServer.status(500, "<html>Internal Server Error</html>"));
        String reason = failure();
        assertTrue(reason.contains("500") && reason.contains("2 attempts"), reason);
        assertEquals(2, bad.paths().size(), "one retry, as configured");
    }

    @CatalogueEntry(8)
    @Test
    void an_html_page_served_as_the_index_is_named_as_such() throws Exception {
        bad.on("/bad/index.yaml", HostileServer.withHeaders(200, "<!DOCTYPE html><html><body>Sign in</body></html>",
                "Content-Type", "text/html"));
        String reason = failure();
        assertTrue(reason.contains("is an HTML page, not a Helm repository index") && reason.contains("check the repository URL"), reason);
    }

    @CatalogueEntry(14)
    @Test
    void a_malformed_json_index_is_a_parse_failure_with_its_position() throws Exception {
        bad.on("/bad/index.yaml", HostileServer.ok("{\"apiVersion\": \"v1\", \"entries\": {\"wild\": [{\"version\": \"1.1.0\",, }]}}"));
        String reason = failure();
        assertTrue(reason.contains("line 1"), reason);
    }

    @CatalogueEntry(26)
    @Test
    void an_index_full_of_aliases_of_aliases_is_read_without_expanding_them() throws Exception {
        StringBuilder bomb = new StringBuilder("apiVersion: v1\nx0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("x").append(i).append(": &x").append(i).append(" [").append(("*x" + (i - 1) + ", ").repeat(8))
                    .append("*x").append(i - 1).append("]\n");
        }
        bomb.append("entries:\n  wild:\n  - version: 1.1.0\n    keywords: *x9\n");
        bad.on("/bad/index.yaml", HostileServer.ok(bomb.toString()));
        // expanded, the keywords would be 9^10 strings; the streaming reader never expands an alias
        GitopsRepo repo = new GitopsRepo(dir).chart("wild", bad.url("/bad"));
        assertEquals("update", steward.run(repo.plan()).exits(0).declaration("wild").get("status").asText());
    }

    @CatalogueEntry(27)
    @Test
    void an_index_nested_ten_thousand_deep_is_refused() throws Exception {
        bad.on("/bad/index.yaml", HostileServer.ok("apiVersion: v1\nentries:\n  wild:\n  - version: 1.1.0\n    annotations: "
                + "[".repeat(10_000) + "]".repeat(10_000) + "\n"));
        String reason = failure();
        assertTrue(reason.contains("at line 5, column ") && reason.contains("nested deeper than 1000 levels"), reason);
    }
}
