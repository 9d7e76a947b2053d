package io.kubesteward.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesteward.faults.CatalogueEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The Kubernetes "restricted" pod security standard, field by field, in both modes. */
class PodSecurityTest {

    @CatalogueEntry(46)
    @ParameterizedTest
    @ValueSource(strings = {"cronjob", "daemon"})
    void pod_meets_the_restricted_standard(String mode) {
        Manifests out = StewardChart.render("mode: " + mode + "\nconfig: {schedules: [{name: upgrades, cron: '@daily'}]}\n");

        JsonNode pod = out.podSpec().path("securityContext");
        assertTrue(pod.path("runAsNonRoot").asBoolean());
        assertEquals(65532, pod.path("runAsUser").asInt());
        assertEquals(65532, pod.path("runAsGroup").asInt());
        assertEquals(65532, pod.path("fsGroup").asInt());
        assertEquals("RuntimeDefault", pod.path("seccompProfile").path("type").asText());

        JsonNode container = out.container().path("securityContext");
        assertTrue(container.path("runAsNonRoot").asBoolean());
        assertTrue(container.path("readOnlyRootFilesystem").asBoolean());
        assertFalse(container.path("allowPrivilegeEscalation").asBoolean(true));
        assertFalse(container.path("privileged").asBoolean(true));
        assertEquals(List.of("ALL"), Manifests.strings(container.path("capabilities").path("drop")));
        assertFalse(container.path("capabilities").has("add"));
        assertEquals("RuntimeDefault", container.path("seccompProfile").path("type").asText());

        for (String hostAccess : List.of("hostNetwork", "hostPID", "hostIPC")) {
            assertFalse(out.podSpec().has(hostAccess), hostAccess);
        }
        assertFalse(out.podSpec().path("enableServiceLinks").asBoolean(true));
    }

    @CatalogueEntry(46)
    @ParameterizedTest
    @ValueSource(strings = {"cronjob", "daemon"})
    void only_tmp_is_writable_and_it_holds_home_and_the_jvm_temp(String mode) {
        Manifests out = StewardChart.render("mode: " + mode + "\nconfig: {schedules: [{name: upgrades, cron: '@daily'}]}\n");

        JsonNode tmp = out.volume("tmp");
        assertEquals("2Gi", tmp.path("emptyDir").path("sizeLimit").asText());
        assertEquals("/tmp", out.mount("tmp").path("mountPath").asText());
        for (JsonNode mount : out.container().path("volumeMounts")) {
            if (!mount.path("name").asText().equals("tmp")) {
                assertTrue(mount.path("readOnly").asBoolean(), "read-only: " + mount);
            }
        }
        for (JsonNode volume : out.podSpec().path("volumes")) {
            assertFalse(volume.has("hostPath"), "no host paths: " + volume);
        }
        Map<String, String> env = out.env();
        assertEquals("/tmp/home", env.get("HOME"));
        assertTrue(env.get("JAVA_TOOL_OPTIONS").contains("-Djava.io.tmpdir=/tmp"), env.toString());
        assertTrue(env.get("JAVA_TOOL_OPTIONS").contains("-Duser.home=/tmp/home"), "the JVM reads user.home, not HOME");
    }

    @Test
    void jvm_options_and_a_memory_backed_tmp_are_settable() {
        Manifests out = StewardChart.render("jvmOptions: \"-XX:MaxRAMPercentage=60\"\ntmp: {sizeLimit: 512Mi, medium: Memory}\n");

        assertEquals("-Djava.io.tmpdir=/tmp -Duser.home=/tmp/home -XX:MaxRAMPercentage=60", out.env().get("JAVA_TOOL_OPTIONS"));
        assertEquals("Memory", out.volume("tmp").path("emptyDir").path("medium").asText());
        assertEquals("512Mi", out.volume("tmp").path("emptyDir").path("sizeLimit").asText());
    }

    @Test
    void ids_can_be_left_to_the_platform_but_non_root_stays() {
        Manifests out = StewardChart.render("securityContext: {runAsUser: null, runAsGroup: null, fsGroup: null}\n");

        JsonNode pod = out.podSpec().path("securityContext");
        assertFalse(pod.has("runAsUser"));
        assertFalse(pod.has("fsGroup"));
        assertTrue(pod.path("runAsNonRoot").asBoolean());
    }

    @Test
    void root_is_refused() {
        String message = StewardChart.failure("securityContext: {runAsUser: 0}\n");

        assertTrue(message.contains("/securityContext/runAsUser"), message);
    }
}
