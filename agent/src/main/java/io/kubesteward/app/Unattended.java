package io.kubesteward.app;

import io.kubesteward.cluster.ClusterUnavailable;
import io.kubesteward.config.ConfigError;
import io.kubesteward.config.OperationsConfig;
import io.kubesteward.config.StewardConfig;
import io.kubesteward.gitops.RepositoryUnreadable;
import io.kubesteward.http.Credentials;
import io.kubesteward.http.HttpCaller;
import io.kubesteward.observability.PushgatewayClient;
import io.kubesteward.observability.ReportFile;
import io.kubesteward.observability.RunMetrics;
import io.kubesteward.observability.RunSummary;
import io.kubesteward.observability.RunSummaryLog;
import io.kubesteward.report.Report;
import io.kubesteward.scheduling.CancellationToken;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run nobody watches (CronJob, daemon): the run itself, then its summary line, the report file
 * and the Pushgateway — none of which can fail the run.
 */
public final class Unattended {
    private static final Logger LOG = LoggerFactory.getLogger(Unattended.class);

    private final StewardApp app;
    private final Clock clock;
    private final RunMetrics metrics;
    private final boolean logSummary;

    /** {@code logSummary} false when a scheduler already writes each run's summary line. */
    public Unattended(StewardApp app, Clock clock, RunMetrics metrics, boolean logSummary) {
        this.app = app;
        this.clock = clock;
        this.metrics = metrics;
        this.logSummary = logSummary;
    }

    /** The finished run: its summary, and its report when it got that far. */
    public record Outcome(RunSummary summary, Optional<Report> report, Exception failure) {
    }

    public Outcome run(String name, RunOptions options, CancellationToken token) {
        Instant started = clock.instant();
        StewardConfig config = null;
        try {
            config = app.validate(new PlanOptions(null, options.rules(), options.config()));
            Report report = app.run(options, token::stopRequested);
            RunSummary summary = RunSummary.of(name, report, started, clock.instant(), token.stopRequested());
            finish(config.operations(), summary, report);
            return new Outcome(summary, Optional.of(report), null);
        } catch (ConfigError | RepositoryUnreadable | ClusterUnavailable e) {
            String why = e instanceof ConfigError c ? c.summary() : e.getMessage();
            RunSummary summary = RunSummary.failed(name, started, clock.instant(), why);
            finish(config == null ? OperationsConfig.DEFAULTS : config.operations(), summary, null);
            return new Outcome(summary, Optional.empty(), e);
        }
    }

    private void finish(OperationsConfig ops, RunSummary summary, Report report) {
        metrics.record(summary);
        if (logSummary) {
            RunSummaryLog.write(summary);
        }
        if (report != null && ops.reportFile() != null) {
            try {
                ReportFile.write(Path.of(ops.reportFile()), report);
            } catch (IOException e) {
                LOG.warn("could not write the report file {}: {}", ops.reportFile(), e.getMessage());
            }
        }
        if (ops.pushgatewayUrl() != null) {
            push(ops, summary);
        }
    }

    private void push(OperationsConfig ops, RunSummary summary) {
        try (HttpCaller http = new HttpCaller(HttpSettingsFactory.from(io.kubesteward.config.HttpConfig.DEFAULTS), clock)) {
            Credentials credentials = ops.pushgatewayTokenFrom() == null ? Credentials.none()
                    : Credentials.bearer(new Secrets(System.getenv()).token(ops.pushgatewayTokenFrom(), "the Pushgateway token"));
            new PushgatewayClient(http, URI.create(ops.pushgatewayUrl()), "steward", ops.pushgatewayInstance(), credentials)
                    .push(summary, metrics);
        } catch (ConfigError e) {
            LOG.warn("metrics not pushed: {}", e.oneLine());
        }
    }
}
