package io.kubesteward.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.LintResult;
import io.kubesteward.faults.CatalogueEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CronJobModeTest {

    @Test
    void chart_passes_strict_lint_with_its_defaults() {
        LintResult result = StewardChart.lintStrict();
        assertFalse(result.isFailed(), () -> String.join("\n", result.getMessages()));
    }

    @CatalogueEntry({44, 66})
    @Test
    void default_install_is_a_cronjob_running_steward_run_with_the_mounted_config() {
        Manifests out = StewardChart.render();

        assertTrue(out.ofKind("Deployment").isEmpty());
        JsonNode spec = out.only("CronJob").path("spec");
        assertEquals("17 3 * * *", spec.path("schedule").asText());
        assertFalse(spec.has("timeZone"), "no time zone unless one is asked for");
        assertEquals("Forbid", spec.path("concurrencyPolicy").asText());
        assertEquals(300, spec.path("startingDeadlineSeconds").asInt());
        JsonNode job = spec.path("jobTemplate").path("spec");
        assertEquals(1, job.path("backoffLimit").asInt());
        assertEquals(1800, job.path("activeDeadlineSeconds").asInt());
        assertEquals(86400, job.path("ttlSecondsAfterFinished").asInt());
        assertEquals("Never", out.podSpec().path("restartPolicy").asText());
        assertEquals(List.of("run", "--config", "/etc/steward/config.yaml"), out.args());
        assertEquals("ghcr.io/kubesteward/steward:0.1.0", out.container().path("image").asText());
        assertEquals("json", out.env().get("STEWARD_LOG_FORMAT"), "log collectors read JSON lines");
        assertEquals("info", out.env().get("STEWARD_LOG_LEVEL"));
    }

    @CatalogueEntry(66)
    @Test
    void schedule_time_zone_and_policies_come_from_values() {
        Manifests out = StewardChart.render("""
                cronjob:
                  schedule: "@weekly"
                  timeZone: Asia/Tokyo
                  suspend: true
                  backoffLimit: 0
                  activeDeadlineSeconds: 600
                  startingDeadlineSeconds: 60
                  ttlSecondsAfterFinished: 3600
                  successfulJobsHistoryLimit: 1
                  failedJobsHistoryLimit: 5
                """);

        JsonNode spec = out.only("CronJob").path("spec");
        assertEquals("@weekly", spec.path("schedule").asText());
        assertEquals("Asia/Tokyo", spec.path("timeZone").asText());
        assertTrue(spec.path("suspend").asBoolean());
        assertEquals(60, spec.path("startingDeadlineSeconds").asInt());
        assertEquals(1, spec.path("successfulJobsHistoryLimit").asInt());
        assertEquals(5, spec.path("failedJobsHistoryLimit").asInt());
        JsonNode job = spec.path("jobTemplate").path("spec");
        assertEquals(0, job.path("backoffLimit").asInt());
        assertEquals(600, job.path("activeDeadlineSeconds").asInt());
        assertEquals(3600, job.path("ttlSecondsAfterFinished").asInt());
    }

    @Test
    void image_digest_pins_the_image_over_the_tag() {
        String digest = "sha256:" + "ab".repeat(32);
        Manifests out = StewardChart.render("""
                image: {registry: registry.internal, repository: tools/steward, tag: "9.9.9", digest: "%s", pullPolicy: Always}
                """.formatted(digest));

        assertEquals("registry.internal/tools/steward@" + digest, out.container().path("image").asText());
        assertEquals("Always", out.container().path("imagePullPolicy").asText());
    }

    @Test
    void rules_become_files_next_to_the_config_and_are_passed_to_steward() {
        Manifests out = StewardChart.render("""
                rules:
                  holds:
                    - {matchPackageNames: [cert-manager], updateTypes: [patch]}
                extraArgs: ["--output", "json"]
                """);

        assertEquals(List.of("run", "--config", "/etc/steward/config.yaml", "--rules", "/etc/steward/rules", "--output", "json"),
                out.args());
        assertTrue(out.configMapFile("rules-holds.yaml").contains("kind: Rules"));
        Map<String, String> paths = new HashMap<>();
        for (JsonNode item : out.volume("config").path("configMap").path("items")) {
            paths.put(item.path("key").asText(), item.path("path").asText());
        }
        assertEquals(Map.of("config.yaml", "config.yaml", "rules-holds.yaml", "rules/holds.yaml"), paths);
    }

    @Test
    void placement_resources_and_extras_reach_the_pod() {
        Manifests out = StewardChart.render("""
                nodeSelector: {kubernetes.io/os: linux}
                tolerations: [{key: dedicated, operator: Equal, value: tools, effect: NoSchedule}]
                affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: pool, operator: In, values: [tools]}]}]}}}
                priorityClassName: low
                resources: {requests: {cpu: 250m, memory: 768Mi}, limits: {memory: 2Gi}}
                podAnnotations: {example.com/team: platform}
                podLabels: {team: platform}
                extraEnv: [{name: HTTPS_PROXY, value: "http://proxy.internal:3128"}]
                extraVolumes: [{name: charts-auth, secret: {secretName: charts-auth}}]
                extraVolumeMounts: [{name: charts-auth, mountPath: /var/run/secrets/charts, readOnly: true}]
                """);

        JsonNode pod = out.podSpec();
        assertEquals("linux", pod.path("nodeSelector").path("kubernetes.io/os").asText());
        assertEquals("tools", pod.path("tolerations").get(0).path("value").asText());
        assertTrue(pod.path("affinity").has("nodeAffinity"));
        assertEquals("low", pod.path("priorityClassName").asText());
        assertEquals("2Gi", out.container().path("resources").path("limits").path("memory").asText());
        assertEquals("http://proxy.internal:3128", out.env().get("HTTPS_PROXY"));
        assertEquals("charts-auth", out.volume("charts-auth").path("secret").path("secretName").asText());
        assertEquals("/var/run/secrets/charts", out.mount("charts-auth").path("mountPath").asText());
        JsonNode template = out.only("CronJob").path("spec").path("jobTemplate").path("spec").path("template").path("metadata");
        assertEquals("platform", template.path("annotations").path("example.com/team").asText());
        assertTrue(template.path("annotations").has("checksum/config"));
        assertEquals("platform", template.path("labels").path("team").asText());
    }

    @Test
    void every_object_carries_the_standard_labels() {
        Manifests out = StewardChart.render();

        for (JsonNode object : out.objects()) {
            JsonNode labels = object.path("metadata").path("labels");
            for (String key : List.of("app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/version",
                    "app.kubernetes.io/managed-by", "helm.sh/chart")) {
                assertTrue(labels.hasNonNull(key), () -> object.path("kind").asText() + " lacks label " + key);
            }
        }
    }
}
