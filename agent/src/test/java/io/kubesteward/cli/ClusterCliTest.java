package io.kubesteward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubesteward.cluster.snapshot.SnapshotReader;
import io.kubesteward.cluster.snapshot.SnapshotWriter;
import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.UnreadableResource;
import io.kubesteward.model.UnreadableResource.Reason;
import io.kubesteward.model.Workload;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** steward plan with the demo cluster snapshot: add-ons, drift and what could not be read, end to end and offline. */
class ClusterCliTest {
    static final Path DEMO = Path.of("..", "examples", "gitops-repo");
    static final Path SNAPSHOT = Path.of("..", "examples", "cluster-snapshot");

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run steward(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new Terminal(new PrintWriter(out), new PrintWriter(err), false));
        return new Run(exit, out.toString(), err.toString());
    }

    static JsonNode named(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false).filter(n -> value.equals(n.path(field).asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no entry with " + field + " " + value + " in " + array));
    }

    @Test
    void the_demo_shows_add_ons_with_versions_and_sources_drift_and_what_could_not_be_read() throws Exception {
        Run run = steward("plan", "--repo", DEMO.toString(), "--cluster", SNAPSHOT.toString(), "--output", "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode report = run.json();

        JsonNode certManager = named(report.path("addons"), "name", "cert-manager");
        assertEquals("v1.14.4", certManager.path("running").asText());
        assertEquals("chart cert-manager", certManager.path("versionFrom").asText());
        assertEquals("https://charts.jetstack.io", certManager.path("source").path("repository").asText());
        assertEquals("v1.15.3", certManager.path("newestAllowed").asText());
        assertTrue(certManager.path("managed").asBoolean());
        assertEquals("platform/Chart.yaml", certManager.path("declarations").get(0).path("file").asText());
        assertEquals(12, certManager.path("declarations").get(0).path("line").asInt());
        assertEquals("steward/chart/cert-manager", certManager.path("proposals").get(0).asText());

        JsonNode externalDns = named(report.path("addons"), "name", "external-dns");
        assertEquals("1.14.4", externalDns.path("running").asText());
        assertEquals("1.14.5", externalDns.path("newestAllowed").asText(), "held to patches by the demo's rule");
        assertEquals("1.15.0", externalDns.path("newest").asText());

        JsonNode coredns = named(report.path("addons"), "name", "coredns");
        assertFalse(coredns.path("managed").asBoolean());
        assertEquals("v1.11.1", coredns.path("running").asText());
        assertEquals("docker", coredns.path("source").path("kind").asText());
        assertEquals("coredns/coredns", coredns.path("source").path("name").asText());
        assertEquals("lookup-failed", coredns.path("status").asText(), "the demo allows no host but 127.0.0.1");
        assertTrue(coredns.path("advice").asText().startsWith("Not declared in the repository"), coredns.toString());
        for (String unmanaged : List.of("kube-proxy", "metrics-server", "vertical-pod-autoscaler", "flux")) {
            JsonNode addon = named(report.path("addons"), "name", unmanaged);
            assertFalse(addon.path("managed").asBoolean(), unmanaged);
            assertFalse(addon.path("advice").isNull(), unmanaged);
        }
        assertEquals("v2.3.0", named(report.path("addons"), "name", "flux").path("running").asText());

        JsonNode podinfo = named(report.path("drift"), "name", "podinfo");
        assertEquals("6.5.0", podinfo.path("declared").asText());
        assertEquals("clusters/prod/apps/podinfo.yaml:10", podinfo.path("declaredIn").get(0).asText());
        assertEquals("6.4.0", podinfo.path("running").asText());
        assertEquals("Flux HelmRelease apps/podinfo", podinfo.path("runningIn").get(0).asText());
        assertTrue(podinfo.path("detail").asText().contains("UpgradeFailed"), podinfo.toString());
        assertEquals("v1.14.4", named(report.path("drift"), "name", "cert-manager").path("running").asText(), "the platform release");

        JsonNode argo = named(report.path("clusterProblems"), "kind", "Application");
        assertEquals("not-installed", argo.path("reason").asText());
        assertEquals(5, report.path("proposals").size(), "the cluster adds no proposal of its own here");
    }

    @Test
    void the_table_gets_cluster_sections_only_when_a_cluster_was_read() {
        Run withCluster = steward("plan", "--repo", DEMO.toString(), "--cluster", SNAPSHOT.toString());
        assertEquals(0, withCluster.exit(), withCluster.err());
        for (String section : List.of("\nAdd-ons\n", "\nDrift: ", "\nCluster: not read\n", "Not in Git:")) {
            assertTrue(withCluster.out().contains(section), section + " in\n" + withCluster.out());
        }

        Run repoOnly = steward("plan", "--repo", DEMO.toString());
        assertEquals(0, repoOnly.exit(), repoOnly.err());
        assertFalse(repoOnly.out().contains("Add-ons"), repoOnly.out());
        assertFalse(repoOnly.out().contains("registry.k8s.io"), "no add-on lookups without a cluster");
    }

    @Test
    void fail_on_drift_and_rightsizing_count_what_the_cluster_showed() {
        Run run = steward("plan", "--repo", DEMO.toString(), "--cluster", SNAPSHOT.toString(), "-o", "json", "--fail-on", "drift,rightsizing");
        assertEquals(ExitCodes.FAIL_ON, run.exit(), run.err());
        assertTrue(run.err().contains("steward: --fail-on drift: 2 releases drifted from the repository"), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.matches("steward: --fail-on rightsizing: 1 rightsizing proposal")), run.err());
    }

    @Test
    void namespace_flags_narrow_what_is_read_of_the_cluster() throws Exception {
        JsonNode all = steward("plan", "--repo", DEMO.toString(), "--cluster", SNAPSHOT.toString(), "-o", "json").json();
        JsonNode kubeSystem = steward("plan", "--repo", DEMO.toString(), "--cluster", SNAPSHOT.toString(), "-o", "json",
                "-n", "kube-system").json();
        assertEquals(2, all.path("drift").size());
        assertEquals(0, kubeSystem.path("drift").size(), "the drifted releases are in apps");
        List<String> namespaces = new java.util.ArrayList<>();
        kubeSystem.path("addons").forEach(a -> namespaces.add(a.path("namespace").asText()));
        assertEquals(List.of("kube-system", "kube-system", "kube-system", "kube-system"), namespaces);
        kubeSystem.path("rightsizing").path("workloads").forEach(w -> assertEquals("kube-system", w.path("namespace").asText()));
        JsonNode two = steward("plan", "--repo", DEMO.toString(), "--cluster", SNAPSHOT.toString(), "-o", "json",
                "--namespace", "platform", "-n", "apps").json();
        assertEquals(2, two.path("drift").size(), "repeated, the flag adds namespaces");
    }

    @Test
    void without_a_cluster_the_json_report_has_empty_cluster_fields() throws Exception {
        JsonNode report = steward("plan", "--repo", DEMO.toString(), "--output", "json").json();

        assertEquals(0, report.path("addons").size());
        assertEquals(0, report.path("drift").size());
        assertEquals(0, report.path("clusterProblems").size());
        for (JsonNode index : report.path("statistics").path("indexes")) {
            assertFalse(index.path("repository").asText().startsWith("registry.k8s.io"), "no add-on lookups without a cluster: " + index);
        }
    }

    @CatalogueEntry(64)
    @Test
    void a_cluster_without_the_vpa_crd_and_forbidden_pods_says_so_and_still_reports_the_rest(@TempDir Path dir) throws Exception {
        ClusterInventory demo = new SnapshotReader().read(SNAPSHOT);
        List<Workload> podless = demo.workloads().stream().map(w -> !w.ref().namespace().equals("apps") ? w
                : new Workload(w.ref(), w.labels(), w.annotations(), w.replicas(), w.owners(), w.createdAt(), w.templateChangedAt(),
                        w.containers(), List.of())).toList();
        List<UnreadableResource> unreadable = new ArrayList<>(demo.unreadable());
        unreadable.add(new UnreadableResource("VerticalPodAutoscaler", null, Reason.NOT_INSTALLED,
                "the VerticalPodAutoscaler CRD (autoscaling.k8s.io/v1) is not installed, so there are no recommendations to size by; "
                        + "install the VPA recommender"));
        unreadable.add(new UnreadableResource("Pod", "apps", Reason.FORBIDDEN,
                "list pods in namespace apps is forbidden: grant verb list on pods in the core API group in namespace apps (a Role and RoleBinding)"));
        ClusterInventory variant = new ClusterInventory(demo.origin(), demo.serverVersion(), demo.nodes(), podless, demo.hpas(), List.of(),
                List.of(), demo.limitRanges(), demo.resourceQuotas(), demo.fluxHelmReleases(), demo.argoApplications(), demo.helmReleases(),
                unreadable);
        Path snapshot = dir.resolve("snapshot");
        new SnapshotWriter().write(variant, snapshot);

        Run run = steward("plan", "--repo", DEMO.toString(), "--cluster", snapshot.toString(), "--output", "json");

        assertEquals(0, run.exit(), run.err());
        JsonNode report = run.json();
        assertEquals("not-installed", named(report.path("clusterProblems"), "kind", "VerticalPodAutoscaler").path("reason").asText());
        JsonNode pods = named(report.path("clusterProblems"), "kind", "Pod");
        assertEquals("apps", pods.path("namespace").asText());
        assertEquals("forbidden", pods.path("reason").asText());
        assertTrue(pods.path("message").asText().contains("grant verb list on pods"));
        assertEquals("v1.14.4", named(report.path("addons"), "name", "cert-manager").path("running").asText());
        assertEquals("6.4.0", named(report.path("drift"), "name", "podinfo").path("running").asText());
        assertEquals(5, report.path("proposals").size());
    }

    @Test
    void a_snapshot_and_the_live_cluster_cannot_both_be_asked_for() {
        Run run = steward("plan", "--repo", DEMO.toString(), "--cluster", SNAPSHOT.toString(), "--context", "prod");

        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("--cluster reads a snapshot instead of the live cluster"), run.err());
        assertEquals(ExitCodes.USAGE, steward("run", "--cluster", SNAPSHOT.toString(), "--kubeconfig", "x").exit());
    }

    @Test
    void a_snapshot_that_cannot_be_read_stops_the_plan_like_an_unreadable_repository(@TempDir Path dir) {
        Run run = steward("plan", "--repo", DEMO.toString(), "--cluster", dir.resolve("nope").toString());

        assertEquals(ExitCodes.SYSTEMIC, run.exit());
        assertTrue(run.err().startsWith("steward: Cannot read the cluster snapshot: "), run.err());
        assertTrue(run.err().contains("write a snapshot with steward snapshot --out DIR"), run.err());
        assertEquals("", run.out());
    }
}
