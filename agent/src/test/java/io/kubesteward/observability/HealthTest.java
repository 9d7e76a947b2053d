package io.kubesteward.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesteward.report.Report;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The daemon's /healthz fails once runs keep failing, so a liveness probe and kubectl show it. */
class HealthTest {
    private static RunSummary failed() {
        return RunSummary.failed("upgrades", Summaries.START, Summaries.END, "cannot clone");
    }

    private static RunSummary nothingDelivered() {
        Report report = new Report(1, "0.1.0", "r", "2026-11-22T03:00:12Z", new Report.Summary(Map.of(), 2, 0),
                new Report.Statistics(1, 2, 3, List.of()), List.of(), List.of(), List.of(),
                List.of(new Report.DeliveryEntry("steward/chart/a", "failed", null, "the token is invalid or expired"),
                        new Report.DeliveryEntry("steward/chart/b", "failed", null, "the token is invalid or expired")));
        return RunSummary.of("upgrades", report, Summaries.START, Summaries.END, false);
    }

    @Test
    void unhealthy_after_so_many_failed_runs_in_a_row_and_healthy_again_after_a_success() {
        RunMetrics metrics = new RunMetrics("0.1.0");
        metrics.record(failed());
        metrics.record(nothingDelivered());
        assertEquals(Optional.empty(), metrics.unhealthy(3));
        metrics.record(failed());
        assertEquals(Optional.of("3 runs in a row failed; the logs say why"), metrics.unhealthy(3));
        assertEquals(Optional.empty(), metrics.unhealthy(0), "0: never unhealthy");
        metrics.record(Summaries.succeeded("upgrades"));
        assertEquals(Optional.empty(), metrics.unhealthy(1));
    }

    @Test
    void healthz_answers_503_with_the_reason_and_200_when_well() throws Exception {
        RunMetrics metrics = new RunMetrics("0.1.0");
        try (MetricsServer server = MetricsServer.start(new InetSocketAddress("127.0.0.1", 0), metrics::exposition,
                () -> metrics.unhealthy(2))) {
            assertEquals("200 ok\n", healthz(server));
            metrics.record(failed());
            metrics.record(failed());
            assertEquals("503 unhealthy: 2 runs in a row failed; the logs say why\n", healthz(server));
            metrics.record(Summaries.succeeded("upgrades"));
            assertEquals("200 ok\n", healthz(server));
        }
    }

    private static String healthz(MetricsServer server) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.address().getPort() + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }
}
