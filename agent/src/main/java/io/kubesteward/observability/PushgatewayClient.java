package io.kubesteward.observability;

import io.kubesteward.http.ApiRequest;
import io.kubesteward.http.ApiResponse;
import io.kubesteward.http.Credentials;
import io.kubesteward.http.HttpCaller;
import io.kubesteward.http.HttpFailure;
import io.kubesteward.http.Redaction;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes a run's metrics to a Prometheus Pushgateway, at {@code <url>/metrics/job/<job>/instance/<instance>}.
 * A successful run replaces the group (PUT); any other run only replaces the metrics it has (POST),
 * so the last success timestamp of an earlier run survives a failed one. Use a stable instance (a
 * release name, not a pod name): every new grouping key stays in the Pushgateway until deleted.
 * A failed push is logged and returned, never thrown: it must not fail the run.
 */
public final class PushgatewayClient {
    private static final Logger LOG = LoggerFactory.getLogger(PushgatewayClient.class);
    private final HttpCaller http;
    private final URI target;
    private final Credentials credentials;

    public PushgatewayClient(HttpCaller http, URI url, String job, String instance, Credentials credentials) {
        if (url == null || url.getScheme() == null || !url.getScheme().matches("https?") || url.getHost() == null) {
            throw new IllegalArgumentException("pushgateway.url '" + (url == null ? null : Redaction.url(url))
                    + "' must be an http(s) URL such as http://pushgateway.monitoring:9091");
        }
        if (job == null || job.isBlank()) {
            throw new IllegalArgumentException("the Pushgateway job name must not be empty");
        }
        this.http = http;
        this.credentials = credentials;
        String base = url.toString().replaceAll("/+$", "");
        this.target = URI.create(base + "/metrics/" + segment("job", job) + "/" + segment("instance", instance));
    }

    /** Where metrics go (without credentials). */
    public URI target() {
        return Redaction.withoutUserInfo(target);
    }

    /** Pushes {@code metrics} after the run {@code summary} describes. Never throws. */
    public PushResult push(RunSummary summary, RunMetrics metrics) {
        String method = summary.outcome() == RunSummary.Outcome.SUCCEEDED ? "PUT" : "POST";
        return push(method, metrics.exposition());
    }

    PushResult push(String method, String exposition) {
        ApiRequest request = ApiRequest.of(method, target, credentials)
                .withBody(exposition.getBytes(StandardCharsets.UTF_8), "text/plain; version=0.0.4");
        String where = Redaction.url(target);
        try {
            ApiResponse response = http.exchange(request);
            if (response.successful()) {
                LOG.debug("pushed metrics to {}", where);
                return new PushResult(true, "pushed to " + where);
            }
            String body = response.text().strip();
            return failed("the Pushgateway at " + where + " answered " + response.status()
                    + (body.isEmpty() ? "" : ": " + (body.length() > 200 ? body.substring(0, 200) + "…" : body)));
        } catch (HttpFailure e) {
            return failed(e.getMessage());
        } catch (RuntimeException e) {
            return failed("pushing to " + where + " failed: " + e);
        }
    }

    private static PushResult failed(String why) {
        LOG.warn("metrics not pushed: {}; the run itself is unaffected (check pushgateway.url and that Steward may reach it)", why);
        return new PushResult(false, why);
    }

    /** A grouping-key segment; values that are not plain words go base64url-encoded, as the Pushgateway allows. */
    static String segment(String label, String value) {
        String v = value == null ? "" : value;
        if (v.matches("[A-Za-z0-9._~-]+")) {
            return label + "/" + v;
        }
        String encoded = Base64.getUrlEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8));
        return label + "@base64/" + (encoded.isEmpty() ? "=" : encoded);
    }
}
