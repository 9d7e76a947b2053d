package io.kubesteward.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.http.Credentials;
import io.kubesteward.http.HttpCaller;
import io.kubesteward.http.HttpSettings;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PushgatewayClientTest {
    private final HttpCaller http = new HttpCaller(HttpSettings.defaults()
            .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(2))
            .withRetries(1, Duration.ofMillis(5), Duration.ofMillis(10)), java.time.Clock.systemUTC());

    @AfterEach
    void close() {
        http.close();
    }

    @CatalogueEntry(69)
    @Test
    void aSuccessfulRunReplacesTheGroup() throws Exception {
        try (FakePushgateway gateway = new FakePushgateway()) {
            RunMetrics metrics = new RunMetrics("0.1.0");
            RunSummary run = Summaries.succeeded("run");
            metrics.record(run);
            PushgatewayClient client = new PushgatewayClient(http, gateway.url(), "steward", "prod-cluster", Credentials.bearer("tok3n-value"));
            PushResult result = client.push(run, metrics);

            assertTrue(result.pushed(), result.detail());
            FakePushgateway.Received r = gateway.received.get(0);
            assertEquals("PUT", r.method());
            assertEquals("/metrics/job/steward/instance/prod-cluster", r.path());
            assertEquals("text/plain; version=0.0.4", r.contentType());
            assertEquals("Bearer tok3n-value", r.authorization());
            assertEquals(metrics.exposition(), r.body());
            assertTrue(r.body().contains("steward_last_success_timestamp_seconds{schedule=\"run\"}"));
        }
    }

    @CatalogueEntry(69)
    @Test
    void aFailedRunOnlyReplacesTheMetricsItHasSoTheLastSuccessSurvives() throws Exception {
        try (FakePushgateway gateway = new FakePushgateway()) {
            RunMetrics metrics = new RunMetrics("0.1.0");
            RunSummary failed = RunSummary.failed("run", Summaries.START, Summaries.END, "no repo");
            metrics.record(failed);
            PushResult result = new PushgatewayClient(http, URI.create(gateway.url() + "prefix/"), "steward", "a/b", null)
                    .push(failed, metrics);
            assertTrue(result.pushed(), result.detail());
            FakePushgateway.Received r = gateway.received.get(0);
            assertEquals("POST", r.method());
            assertEquals("/prefix/metrics/job/steward/instance@base64/YS9i", r.path(), "a value with '/' goes base64url");
            assertFalse(r.body().contains("steward_last_success_timestamp_seconds"), r.body());
        }
    }

    @CatalogueEntry(69)
    @Test
    void aRejectedPushIsReportedNotThrown() throws Exception {
        try (FakePushgateway gateway = new FakePushgateway()) {
            gateway.status = 400;
            RunMetrics metrics = new RunMetrics("0.1.0");
            PushResult result = new PushgatewayClient(http, gateway.url(), "steward", "x", null).push(Summaries.succeeded("run"), metrics);
            assertFalse(result.pushed());
            assertTrue(result.detail().contains("answered 400: pushed metrics are invalid"), result.detail());

            gateway.status = 503;
            PushResult unavailable = new PushgatewayClient(http, gateway.url(), "steward", "x", null).push("PUT", "steward_up 1\n");
            assertFalse(unavailable.pushed());
            assertTrue(unavailable.detail().contains("503"), unavailable.detail());
        }
    }

    @CatalogueEntry(69)
    @Test
    void anUnreachablePushgatewayIsReportedNotThrown() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        PushResult result = new PushgatewayClient(http, URI.create("http://user:pa55word@127.0.0.1:" + closedPort), "steward", "x", null)
                .push("PUT", "steward_up 1\n");
        assertFalse(result.pushed());
        assertFalse(result.detail().contains("pa55word"), result.detail());
    }

    @Test
    void theUrlMustBeHttp() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PushgatewayClient(http, URI.create("pushgateway:9091"), "steward", "x", null));
        assertTrue(e.getMessage().contains("must be an http(s) URL"), e.getMessage());
        assertEquals("instance@base64/=", PushgatewayClient.segment("instance", ""));
        assertEquals("instance/pod-1.a_b~c", PushgatewayClient.segment("instance", "pod-1.a_b~c"));
    }
}
