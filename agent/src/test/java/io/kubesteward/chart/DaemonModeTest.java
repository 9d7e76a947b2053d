package io.kubesteward.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class DaemonModeTest {
    private static final String DAEMON = "mode: daemon\nconfig:\n  schedules: [{name: upgrades, cron: '0 6 * * 1-5', command: run}]\n";

    @Test
    void daemon_mode_is_one_deployment_running_steward_daemon_and_no_cronjob() {
        Manifests out = StewardChart.render(DAEMON);

        assertTrue(out.ofKind("CronJob").isEmpty());
        JsonNode deployment = out.only("Deployment").path("spec");
        assertEquals(1, deployment.path("replicas").asInt(), "a second scheduler would run every job twice");
        assertEquals("Recreate", deployment.path("strategy").path("type").asText());
        assertEquals(List.of("daemon", "--config", "/etc/steward/config.yaml"), out.args());
        assertFalse(out.podSpec().has("restartPolicy"), "a Deployment's pods restart Always, the default");
        JsonNode port = out.container().path("ports").get(0);
        assertEquals("metrics", port.path("name").asText());
        assertEquals(9090, port.path("containerPort").asInt());
        JsonNode liveness = out.container().path("livenessProbe").path("httpGet");
        assertEquals("/healthz", liveness.path("path").asText());
        assertEquals("metrics", liveness.path("port").asText());
        JsonNode selector = deployment.path("selector").path("matchLabels");
        JsonNode podLabels = deployment.path("template").path("metadata").path("labels");
        selector.fields().forEachRemaining(e -> assertEquals(e.getValue(), podLabels.path(e.getKey()), "selector matches the pods"));
        assertTrue(out.ofKind("Service").isEmpty());
        assertTrue(out.ofKind("ServiceMonitor").isEmpty());
    }

    @Test
    void service_and_service_monitor_scrape_the_metrics_port_when_enabled() {
        Manifests out = StewardChart.render(DAEMON + """
                daemon:
                  metrics: {port: 9464}
                  service: {enabled: true, port: 8080}
                  serviceMonitor: {enabled: true, interval: 30s, labels: {release: prometheus}}
                """);

        assertEquals(9464, out.container().path("ports").get(0).path("containerPort").asInt());
        JsonNode servicePort = out.only("Service").path("spec").path("ports").get(0);
        assertEquals(8080, servicePort.path("port").asInt());
        assertEquals("metrics", servicePort.path("targetPort").asText());
        JsonNode monitor = out.only("ServiceMonitor");
        assertEquals("prometheus", monitor.path("metadata").path("labels").path("release").asText());
        JsonNode endpoint = monitor.path("spec").path("endpoints").get(0);
        assertEquals("metrics", endpoint.path("port").asText());
        assertEquals("/metrics", endpoint.path("path").asText());
        assertEquals("30s", endpoint.path("interval").asText());
    }

    @Test
    void a_service_monitor_without_its_service_is_refused() {
        String message = StewardChart.failure(DAEMON + "daemon: {serviceMonitor: {enabled: true}}\n");

        assertTrue(message.contains("daemon.serviceMonitor.enabled needs daemon.service.enabled"), message);
    }

    @Test
    void the_daemon_needs_schedules_and_listens_where_the_metrics_port_says() {
        assertTrue(StewardChart.failure("mode: daemon\n").contains("mode: daemon runs the schedules in config.schedules"));
        Manifests out = StewardChart.render(DAEMON + "daemon: {metrics: {port: 9464}}\n");
        assertTrue(out.configMapFile("config.yaml").contains("metricsBind: 0.0.0.0:9464"), out.configMapFile("config.yaml"));
    }

    @Test
    void metrics_objects_belong_to_daemon_mode_only() {
        Manifests out = StewardChart.render("""
                daemon: {service: {enabled: true}, serviceMonitor: {enabled: true}}
                """);

        assertEquals(List.of(), out.ofKind("Service"));
        assertEquals(List.of(), out.ofKind("ServiceMonitor"));
        assertFalse(out.container().has("ports"));
        assertFalse(out.container().has("livenessProbe"), "a run that ends is not probed");
    }
}
