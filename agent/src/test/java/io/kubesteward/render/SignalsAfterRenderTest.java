package io.kubesteward.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** helm-java's template installs Go's signal handlers (manusa/helm-java#409); Steward takes SIGTERM back after each render. */
class SignalsAfterRenderTest {
    @Test
    void sigterm_stops_a_process_that_has_rendered_and_its_shutdown_hooks_run() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dcom.marcnuri.jkube-helm.skipRemoteJar=true", RenderThenWait.class.getName())).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("rendered")) {
                // log lines before the render
            }
            assertEquals("rendered", line, "the child process did not render");
            process.destroy(); // SIGTERM
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "SIGTERM was swallowed: the process still runs");
            assertEquals(143, process.exitValue());
        } catch (java.io.IOException closed) {
            // the output is closed once the process has gone; its exit value says enough
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "SIGTERM was swallowed: the process still runs");
            assertEquals(143, process.exitValue());
        } finally {
            process.destroyForcibly();
        }
    }
}
