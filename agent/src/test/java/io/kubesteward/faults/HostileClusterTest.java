package io.kubesteward.faults;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kubeconfig whose server is not a Kubernetes API server (a login page, a proxy's 404, a server
 * that never answers): the cluster cannot be read, so the run ends with exit 3 and words naming the
 * server and what to check, and no token shows.
 */
class HostileClusterTest {
    private static final String TOKEN = "kube_canary_hostile_cluster_51c2";

    @TempDir
    Path dir;
    private HostileServer charts;

    @BeforeEach
    void serveCharts() {
        charts = HostileServer.start().on("/repo/index.yaml", HostileServer.ok(GitopsRepo.index("calm")));
    }

    @AfterEach
    void stopCharts() {
        charts.close();
    }

    private StewardCli.Result plan(HostileServer server) throws Exception {
        return plan(server, "");
    }

    private StewardCli.Result plan(HostileServer server, String config) throws Exception {
        Path kubeconfig = Files.writeString(dir.resolve("kubeconfig"), """
                apiVersion: v1
                kind: Config
                clusters: [{name: c, cluster: {server: "%s"}}]
                users: [{name: u, user: {token: %s}}]
                contexts: [{name: prod, context: {cluster: c, user: u}}]
                current-context: prod
                """.formatted(server.url(""), TOKEN));
        String[] plan = new GitopsRepo(dir).chart("calm", charts.url("/repo")).config(config).plan();
        String[] args = Stream.concat(Stream.of(plan), Stream.of("--kubeconfig", kubeconfig.toString(), "--context", "prod"))
                .toArray(String[]::new);
        return new StewardCli().withSecret(TOKEN).run(args);
    }

    @CatalogueEntry(64)
    @Test
    void a_login_page_instead_of_an_api_server_ends_the_run_in_words() throws Exception {
        try (HostileServer server = HostileServer.start().on("/", HostileServer.ok("<!DOCTYPE html><html><body>Sign in</body></html>"))) {
            StewardCli.Result result = plan(server).exits(3);
            assertTrue(result.err().startsWith("steward: Cannot read cluster context prod at " + server.url("")
                    + ": The server's answer to GET /version is not the Kubernetes API's JSON"), result.err());
            assertFalse(result.err().contains("VersionInfo") || result.err().contains("Cannot construct"), "no library internals");
        }
    }

    @CatalogueEntry(64)
    @Test
    void a_server_that_answers_404_to_everything_ends_the_run_in_words() throws Exception {
        try (HostileServer server = HostileServer.start().on("/", HostileServer.status(404, "404 page not found"))) {
            StewardCli.Result result = plan(server).exits(3);
            assertTrue(result.err().contains(": The server answered GET /version with 404 Not Found, which no Kubernetes API server does."),
                    result.err());
        }
    }

    @CatalogueEntry(64)
    @Test
    void an_api_server_that_never_answers_ends_the_run_after_the_cluster_timeout() throws Exception {
        try (HostileServer server = HostileServer.start().on("/", HostileServer.silent())) {
            StewardCli.Result result = plan(server, "cluster: {timeout: 1s}\n").exits(3);
            assertTrue(result.err().contains(": Cannot reach the API server (timed out). Check the network path"), result.err());
        }
    }

    @CatalogueEntry(64)
    @Test
    void a_snapshot_of_a_server_that_is_not_kubernetes_fails_and_writes_nothing() throws Exception {
        try (HostileServer server = HostileServer.start().on("/", HostileServer.status(404, "404 page not found"))) {
            plan(server); // writes the kubeconfig
            Path out = dir.resolve("snapshot");
            StewardCli.Result result = new StewardCli().withSecret(TOKEN).run("snapshot", "--out", out.toString(),
                    "--kubeconfig", dir.resolve("kubeconfig").toString(), "--context", "prod").exits(3);
            assertTrue(result.err().contains("which no Kubernetes API server does"), result.err());
            assertFalse(Files.exists(out), "no empty snapshot is written");
        }
    }
}
