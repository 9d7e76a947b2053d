package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How Steward runs unattended: metrics, the Pushgateway, logs, the report file, the daemon's
 * stop timeout, and after how many failed runs in a row the daemon's {@code /healthz} says so
 * ({@code unhealthyAfter}; 0: never). Null fields mean "not set here".
 */
public record OperationsConfig(String metricsBind, String pushgatewayUrl, String pushgatewayInstance, SecretRef pushgatewayTokenFrom,
                               String logFormat, String logLevel, String reportFile, Age stopTimeout, Integer unhealthyAfter) {
    public static final OperationsConfig DEFAULTS = new OperationsConfig("0.0.0.0:9090", null, "steward", null, "auto", "info", null,
            Age.parse("25s"), 3);

    @JsonCreator
    public OperationsConfig(
            @JsonProperty("metricsBind") String metricsBind,
            @JsonProperty("pushgatewayUrl") String pushgatewayUrl,
            @JsonProperty("pushgatewayInstance") String pushgatewayInstance,
            @JsonProperty("pushgatewayTokenFrom") SecretRef pushgatewayTokenFrom,
            @JsonProperty("logFormat") String logFormat,
            @JsonProperty("logLevel") String logLevel,
            @JsonProperty("reportFile") String reportFile,
            @JsonProperty("stopTimeout") Age stopTimeout,
            @JsonProperty("unhealthyAfter") Integer unhealthyAfter) {
        if (unhealthyAfter != null && unhealthyAfter < 0) {
            throw new IllegalArgumentException("'unhealthyAfter' counts failed runs in a row: 0 (never unhealthy) or more, got " + unhealthyAfter);
        }
        if (metricsBind != null && !metricsBind.matches("[^\\s:]*:\\d{1,5}")) {
            throw new IllegalArgumentException("'metricsBind' must be host:port such as 0.0.0.0:9090, got '" + metricsBind + "'");
        }
        if (pushgatewayUrl != null && !pushgatewayUrl.matches("https?://.+") || pushgatewayUrl != null && pushgatewayUrl.matches("https?://[^/]*@.*")) {
            throw new IllegalArgumentException("'pushgatewayUrl' must be an http(s) URL without credentials (use pushgatewayTokenFrom)");
        }
        if (logFormat != null && !logFormat.matches("auto|text|json")) {
            throw new IllegalArgumentException("'logFormat' must be auto, text or json, got '" + logFormat + "'");
        }
        if (logLevel != null && !logLevel.matches("(?i)trace|debug|info|warn|error")) {
            throw new IllegalArgumentException("'logLevel' must be trace, debug, info, warn or error, got '" + logLevel + "'");
        }
        this.metricsBind = metricsBind;
        this.pushgatewayUrl = pushgatewayUrl;
        this.pushgatewayInstance = pushgatewayInstance;
        this.pushgatewayTokenFrom = pushgatewayTokenFrom;
        this.logFormat = logFormat;
        this.logLevel = logLevel;
        this.reportFile = reportFile;
        this.stopTimeout = stopTimeout;
        this.unhealthyAfter = unhealthyAfter;
    }

    public OperationsConfig over(OperationsConfig base) {
        return new OperationsConfig(GitConfig.pick(metricsBind, base.metricsBind), GitConfig.pick(pushgatewayUrl, base.pushgatewayUrl),
                GitConfig.pick(pushgatewayInstance, base.pushgatewayInstance),
                GitConfig.pick(pushgatewayTokenFrom, base.pushgatewayTokenFrom), GitConfig.pick(logFormat, base.logFormat),
                GitConfig.pick(logLevel, base.logLevel), GitConfig.pick(reportFile, base.reportFile),
                GitConfig.pick(stopTimeout, base.stopTimeout), GitConfig.pick(unhealthyAfter, base.unhealthyAfter));
    }

    OperationsConfig withReportFile(String absolute) {
        return new OperationsConfig(metricsBind, pushgatewayUrl, pushgatewayInstance, pushgatewayTokenFrom, logFormat, logLevel, absolute,
                stopTimeout, unhealthyAfter);
    }
}
