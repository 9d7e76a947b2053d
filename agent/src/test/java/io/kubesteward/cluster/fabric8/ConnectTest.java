package io.kubesteward.cluster.fabric8;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.kubesteward.cluster.ClusterConnection;
import io.kubesteward.cluster.ClusterUnavailable;
import io.kubesteward.cluster.ReadOptions;
import io.kubesteward.model.ClusterInventory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connecting through a kubeconfig file and a named context, and failing in words when that cannot work. */
class ConnectTest {
    @TempDir
    Path dir;

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
                  - name: prod
                    context: {cluster: mock, user: steward}
                  - name: staging
                    context: {cluster: mock, user: steward}
                current-context: staging
                """.formatted(port));
    }

    @Test
    void reads_through_the_named_context() throws Exception {
        KubernetesMockServer server = MockClusters.crud();
        try {
            try (Fabric8ClusterReader reader = Fabric8ClusterReader.connect(new ClusterConnection(kubeconfig(server.getPort()), "prod"), java.time.Clock.systemUTC())) {
                ClusterInventory inventory = reader.read(ReadOptions.ALL);
                assertEquals("prod", inventory.origin().context());
            }
        } finally {
            server.destroy();
        }
    }

    @Test
    void an_unknown_context_names_the_ones_there_are() throws Exception {
        Path config = kubeconfig(1);

        ClusterUnavailable failure = assertThrows(ClusterUnavailable.class,
                () -> Fabric8ClusterReader.connect(new ClusterConnection(config, "production"), java.time.Clock.systemUTC()));

        assertEquals("The kubeconfig has no context named 'production' (it has: prod, staging). Pick one with --context; "
                + "kubectl config get-contexts lists them.", failure.getMessage());
    }

    @Test
    void an_unreachable_server_ends_the_read_in_words() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        Path config = kubeconfig(closedPort);

        try (Fabric8ClusterReader reader = Fabric8ClusterReader.connect(new ClusterConnection(config, null), java.time.Clock.systemUTC())) {
            ClusterUnavailable failure = assertThrows(ClusterUnavailable.class, () -> reader.read(ReadOptions.ALL));
            assertEquals("Cannot read cluster context staging at http://127.0.0.1:" + closedPort + ": Cannot reach the API server "
                    + "(connection refused or unreachable). Check the network path, the kubeconfig's server address and the context.",
                    failure.getMessage());
            assertTrue(!failure.getMessage().contains("not-a-real-token"));
        }
    }
}
