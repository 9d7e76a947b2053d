package io.kubesteward.cli;

import static io.kubesteward.cli.ClusterCliTest.DEMO;
import static io.kubesteward.cli.ClusterCliTest.named;
import static io.kubesteward.cli.ClusterCliTest.steward;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.kubesteward.cli.ClusterCliTest.Run;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live cluster (fabric8's mock API server on 127.0.0.1, CRUD mode) through --kubeconfig, --context and the config's cluster section. */
class LiveClusterCliTest {
    private static final String COREDNS = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: coredns
              namespace: kube-system
              labels: {k8s-app: kube-dns}
            spec:
              replicas: 2
              selector: {matchLabels: {k8s-app: kube-dns}}
              template:
                metadata: {labels: {k8s-app: kube-dns}}
                spec:
                  containers:
                    - name: coredns
                      image: registry.k8s.io/coredns/coredns:v1.11.1
            """;

    @TempDir
    Path dir;
    private KubernetesMockServer server;

    @BeforeEach
    void start() throws Exception {
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        server = new KubernetesMockServer(new Context(Serialization.jsonMapper()), new MockWebServer(), responses,
                new KubernetesMixedDispatcher(responses), false);
        server.init(InetAddress.getByName("127.0.0.1"), 0);
        try (KubernetesClient client = server.createClient()) {
            for (HasMetadata item : client.load(new ByteArrayInputStream(COREDNS.getBytes(StandardCharsets.UTF_8))).items()) {
                client.resource(item).create();
            }
        }
    }

    @AfterEach
    void stop() {
        server.destroy();
    }

    private Path kubeconfig(int port) throws Exception {
        return Files.writeString(dir.resolve("kubeconfig"), """
                apiVersion: v1
                kind: Config
                clusters:
                  - name: mock
                    cluster: {server: "http://127.0.0.1:%d"}
                users:
                  - name: steward
                    user: {token: not-a-real-token}
                contexts:
                  - {name: prod, context: {cluster: mock, user: steward}}
                  - {name: staging, context: {cluster: mock, user: steward}}
                current-context: staging
                """.formatted(port));
    }

    @Test
    void snapshot_writes_the_live_cluster_and_plan_reads_it_back_like_the_live_one() throws Exception {
        Path kubeconfig = kubeconfig(server.getPort());
        Path snapshot = dir.resolve("snapshot");

        Run written = steward("snapshot", "--out", snapshot.toString(), "--kubeconfig", kubeconfig.toString(), "--context", "prod",
                "--namespace", "kube-system");

        assertEquals(0, written.exit(), written.err());
        assertTrue(written.out().startsWith("wrote a snapshot of context prod to " + snapshot + ": 1 namespace(s), 1 workload(s)"),
                written.out());
        assertTrue(Files.isRegularFile(snapshot.resolve("namespaces/kube-system.yaml")));

        JsonNode fromSnapshot = steward("plan", "--repo", DEMO.toString(), "--cluster", snapshot.toString(), "--output", "json").json();
        Run live = steward("plan", "--repo", DEMO.toString(), "--kubeconfig", kubeconfig.toString(), "--context", "prod", "--output", "json");
        assertEquals(0, live.exit(), live.err());
        JsonNode fromLive = live.json();
        assertEquals("v1.11.1", named(fromSnapshot.path("addons"), "name", "coredns").path("running").asText());
        assertEquals(named(fromSnapshot.path("addons"), "name", "coredns"), named(fromLive.path("addons"), "name", "coredns"));
    }

    @Test
    void a_cluster_section_in_the_config_asks_for_the_live_cluster_with_its_context_and_namespaces() throws Exception {
        Path kubeconfig = kubeconfig(server.getPort());
        Path config = Files.writeString(dir.resolve("steward.yaml"), """
                apiVersion: steward.io/v1alpha1
                kind: Config
                cluster:
                  context: nowhere
                  excludeNamespaces: [kube-system]
                """);

        Run unknownContext = steward("plan", "--repo", DEMO.toString(), "--config", config.toString(), "--kubeconfig", kubeconfig.toString());
        assertEquals(ExitCodes.SYSTEMIC, unknownContext.exit());
        assertTrue(unknownContext.err().contains("The kubeconfig has no context named 'nowhere' (it has: prod, staging)"), unknownContext.err());

        Run run = steward("plan", "--repo", DEMO.toString(), "--config", config.toString(), "--kubeconfig", kubeconfig.toString(),
                "--context", "prod", "--output", "json");
        assertEquals(0, run.exit(), run.err());
        assertEquals(0, run.json().path("addons").size(), "kube-system is excluded by the config");
    }

    @Test
    void a_cluster_that_cannot_be_reached_stops_the_plan_with_exit_code_3() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closed = socket.getLocalPort();
        }
        Path kubeconfig = kubeconfig(closed);

        Run plan = steward("plan", "--repo", DEMO.toString(), "--kubeconfig", kubeconfig.toString());
        Run snapshot = steward("snapshot", "--out", dir.resolve("s").toString(), "--kubeconfig", kubeconfig.toString());

        assertEquals(ExitCodes.SYSTEMIC, plan.exit());
        assertTrue(plan.err().contains("Cannot reach the API server"), plan.err());
        assertTrue(!plan.err().contains("not-a-real-token"));
        assertEquals("", plan.out());
        assertEquals(ExitCodes.SYSTEMIC, snapshot.exit());
    }
}
