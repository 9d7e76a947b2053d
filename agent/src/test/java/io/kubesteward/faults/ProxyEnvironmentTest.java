package io.kubesteward.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pod behind a corporate proxy gets {@code HTTP_PROXY}/{@code HTTPS_PROXY} and {@code NO_PROXY}:
 * Steward (a real JVM with that environment) reaches a repository only the proxy can resolve
 * through it, and a {@code NO_PROXY} host directly.
 */
class ProxyEnvironmentTest {
    /** A forward proxy on 127.0.0.1 that records each request and answers for charts.corp.test with {@code index} (empty: 502). */
    private static HttpServer proxy(List<String> seen, String index) throws java.io.IOException {
        HttpServer proxy = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        proxy.createContext("/", exchange -> {
            seen.add(exchange.getRequestURI().toString());
            byte[] body = "charts.corp.test".equals(exchange.getRequestURI().getHost()) ? index.getBytes(StandardCharsets.UTF_8) : new byte[0];
            exchange.sendResponseHeaders(body.length > 0 ? 200 : 502, body.length > 0 ? body.length : -1);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        proxy.start();
        return proxy;
    }

    @CatalogueEntry(67)
    @Test
    void repositories_are_reached_through_the_proxy_the_environment_names_except_no_proxy_hosts(@TempDir Path dir) throws Exception {
        List<String> proxied = new CopyOnWriteArrayList<>();
        HttpServer proxy = proxy(proxied, GitopsRepo.index("behind"));
        try (HostileServer direct = HostileServer.start().on("/direct/index.yaml", HostileServer.ok(GitopsRepo.index("beside")))) {
            String[] plan = new GitopsRepo(dir).chart("behind", "http://charts.corp.test/repo").chart("beside", direct.url("/direct"))
                    .http("{retries: 0, timeout: 5s, allowedHosts: [127.0.0.1, charts.corp.test]}").plan();
            String proxyUrl = "http://127.0.0.1:" + proxy.getAddress().getPort();
            try (StewardProcess steward = StewardProcess.start(dir, Map.of("HTTP_PROXY", proxyUrl, "https_proxy", proxyUrl,
                    "NO_PROXY", "localhost,.internal.test"), plan)) {
                assertEquals(0, steward.exitCode(), steward.err());
                StewardCli.Result result = new StewardCli.Result(0, steward.out(), steward.err());
                assertEquals("update", result.declaration("behind").get("status").asText(), result.declaration("behind").toString());
                assertEquals("update", result.declaration("beside").get("status").asText(), "loopback goes direct");
            }
            assertEquals("http://charts.corp.test/repo/index.yaml", proxied.get(0));
            assertTrue(proxied.stream().allMatch(u -> u.startsWith("http://charts.corp.test/repo/")),
                    "the index and the archives the analysis fetches, all through the proxy: " + proxied);
            assertFalse(proxied.stream().anyMatch(u -> u.contains("127.0.0.1")), "the direct repository never went through the proxy");
            assertTrue(direct.paths().contains("/direct/index.yaml"));
        } finally {
            proxy.stop(0);
        }
    }

    @CatalogueEntry(67)
    @Test
    void a_proxy_variable_steward_cannot_use_is_named_before_anything_runs(@TempDir Path dir) throws Exception {
        try (StewardProcess steward = StewardProcess.start(dir, Map.of("HTTPS_PROXY", "http://svc:hunter2-canary@proxy.corp.test:3128"),
                "version")) {
            assertEquals(2, steward.exitCode());
            assertTrue(steward.err().startsWith("steward: HTTPS_PROXY holds credentials"), steward.err());
            assertFalse(steward.err().contains("hunter2-canary") || steward.out().contains("hunter2-canary"));
        }
    }

    @CatalogueEntry(67)
    @Test
    void a_no_proxy_name_goes_direct_even_when_only_the_proxy_could_reach_it(@TempDir Path dir) throws Exception {
        List<String> proxied = new CopyOnWriteArrayList<>();
        HttpServer proxy = proxy(proxied, "");
        try {
            String[] plan = new GitopsRepo(dir).chart("behind", "http://charts.corp.test/repo")
                    .http("{retries: 0, timeout: 2s, connectTimeout: 2s, allowedHosts: [charts.corp.test]}").plan();
            String proxyUrl = "http://127.0.0.1:" + proxy.getAddress().getPort();
            try (StewardProcess steward = StewardProcess.start(dir, Map.of("HTTP_PROXY", proxyUrl, "NO_PROXY", ".corp.test"), plan)) {
                assertEquals(0, steward.exitCode(), steward.err());
                StewardCli.Result result = new StewardCli.Result(0, steward.out(), steward.err());
                assertEquals("lookup-failed", result.declaration("behind").get("status").asText(), "direct: the name does not resolve");
            }
            assertEquals(List.of(), proxied, "NO_PROXY kept the request off the proxy");
        } finally {
            proxy.stop(0);
        }
    }
}
