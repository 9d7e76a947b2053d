package io.kubesteward.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MetricsServerTest {
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void servesTheMetricsAtEachScrapeAndAHealthCheck() throws Exception {
        RunMetrics metrics = new RunMetrics("0.1.0");
        try (MetricsServer server = MetricsServer.start(new InetSocketAddress("127.0.0.1", 0), metrics::exposition)) {
            HttpResponse<String> before = get(server, "/metrics", "GET");
            assertEquals(200, before.statusCode());
            assertEquals("text/plain; version=0.0.4; charset=utf-8", before.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(!before.body().contains("steward_runs_total"), before.body());

            metrics.record(Summaries.succeeded("upgrades"));
            HttpResponse<String> after = get(server, "/metrics", "GET");
            assertTrue(after.body().contains("steward_runs_total{schedule=\"upgrades\",outcome=\"succeeded\"} 1\n"), after.body());

            assertEquals("ok\n", get(server, "/healthz", "GET").body());
            assertEquals(200, get(server, "/metrics", "HEAD").statusCode());
            assertEquals(404, get(server, "/", "GET").statusCode());
            HttpResponse<String> post = get(server, "/metrics", "POST");
            assertEquals(405, post.statusCode());
            assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow());
            assertEquals("http://127.0.0.1:" + server.address().getPort() + "/metrics", server.metricsUrl(), "the startup line's URL");
            assertEquals(200, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.metricsUrl())).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode(), "and it answers");
        }
    }

    @Test
    void aFailingRendererIsA500AndTheServerGoesOn() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (MetricsServer server = MetricsServer.start(new InetSocketAddress("127.0.0.1", 0), () -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("bug");
            }
            return "steward_up 1\n";
        })) {
            assertEquals(500, get(server, "/metrics", "GET").statusCode());
            assertEquals("steward_up 1\n", get(server, "/metrics", "GET").body());
        }
    }

    @Test
    void aTakenPortIsAnErrorThatSaysWhatToDo() throws Exception {
        try (MetricsServer first = MetricsServer.start(new InetSocketAddress("127.0.0.1", 0), () -> "")) {
            java.io.IOException e = assertThrows(java.io.IOException.class,
                    () -> MetricsServer.start(first.address(), () -> ""));
            assertTrue(e.getMessage().contains("set metrics.bind to another host:port"), e.getMessage());
        }
    }

    @Test
    void bindAddresses() {
        assertEquals(new InetSocketAddress(9090), MetricsServer.parseBind(":9090"));
        assertEquals(new InetSocketAddress("0.0.0.0", 9090), MetricsServer.parseBind(MetricsServer.DEFAULT_BIND));
        assertEquals(new InetSocketAddress("127.0.0.1", 0), MetricsServer.parseBind("127.0.0.1:0"));
        assertEquals(new InetSocketAddress("::1", 8080), MetricsServer.parseBind("[::1]:8080"));
        assertThrows(IllegalArgumentException.class, () -> MetricsServer.parseBind("9090"));
        assertThrows(IllegalArgumentException.class, () -> MetricsServer.parseBind("host:http"));
        assertThrows(IllegalArgumentException.class, () -> MetricsServer.parseBind("host:70000"));
    }

    private HttpResponse<String> get(MetricsServer server, String path, String method) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + path);
        HttpRequest request = HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
