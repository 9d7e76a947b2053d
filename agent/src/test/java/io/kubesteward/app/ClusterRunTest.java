package io.kubesteward.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubesteward.cli.Main;
import io.kubesteward.cli.Terminal;
import io.kubesteward.faults.CatalogueEntry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code steward run} reads the cluster once, after cloning, and reports it with the plan; an unreadable cluster ends the run. */
class ClusterRunTest {
    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    @TempDir
    Path dir;
    private DemoDelivery demo;
    private Path config;

    @BeforeEach
    void setUp() throws Exception {
        demo = new DemoDelivery(dir, "unused-token");
        config = Files.writeString(dir.resolve("steward.yaml"), """
                apiVersion: steward.io/v1alpha1
                kind: Config
                git:
                  url: %s
                forge:
                  type: none
                http:
                  allowedHosts: [127.0.0.1]
                  retries: 0
                """.formatted(demo.remote().toUri()));
    }

    @AfterEach
    void tearDown() {
        demo.close();
    }


    private record Run(int exit, String out, String err) {
    }

    private static Run steward(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new Terminal(new PrintWriter(out), new PrintWriter(err), false));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void run_with_a_snapshot_reports_add_ons_and_drift_beside_its_deliveries() throws Exception {
        Run run = steward("run", "--config", config.toString(), "--cluster", EXAMPLES.resolve("cluster-snapshot").toString(), "--output", "json");

        assertEquals(0, run.exit(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertTrue(report.path("addons").size() >= 8, report.path("addons").toString());
        assertEquals("podinfo", report.path("drift").get(1).path("name").asText());
        assertTrue(report.path("deliveries").size() > 0, "the run still delivers its proposals");
    }

    @CatalogueEntry(64)
    @Test
    void a_live_cluster_that_cannot_be_reached_ends_the_run_with_exit_code_3() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closed = socket.getLocalPort();
        }
        Path kubeconfig = Files.writeString(dir.resolve("kubeconfig"), """
                apiVersion: v1
                kind: Config
                clusters: [{name: c, cluster: {server: "http://127.0.0.1:%d"}}]
                users: [{name: u, user: {token: not-a-real-token}}]
                contexts: [{name: prod, context: {cluster: c, user: u}}]
                current-context: prod
                """.formatted(closed));
        Files.writeString(config, Files.readString(config) + "cluster: {context: prod}\n");

        Run run = steward("run", "--config", config.toString(), "--kubeconfig", kubeconfig.toString());

        assertEquals(3, run.exit(), run.out());
        assertTrue(run.err().contains("Cannot read cluster context prod"), run.err());
    }
}
