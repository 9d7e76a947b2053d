package io.kubesteward.cluster.fabric8;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.kubesteward.cluster.ReadOptions;
import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.ContainerFacts;
import io.kubesteward.model.ContainerRole;
import io.kubesteward.model.FluxHelmRelease;
import io.kubesteward.model.HelmReleaseSummary;
import io.kubesteward.model.Hpa;
import io.kubesteward.model.UnreadableResource;
import io.kubesteward.model.Vpa;
import io.kubesteward.model.VpaCheckpoint;
import io.kubesteward.model.Workload;
import io.kubesteward.model.WorkloadContainer;
import io.kubesteward.model.WorkloadKind;
import io.kubesteward.model.WorkloadRef;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reader against fabric8's mock API server in CRUD mode, seeded with realistic objects. */
class Fabric8ClusterReaderTest {
    static final Instant NOW = Instant.parse("2024-05-29T12:00:00Z");
    static final WorkloadRef PODINFO = new WorkloadRef(WorkloadKind.DEPLOYMENT, "apps", "podinfo");

    static KubernetesMockServer server;
    static KubernetesClient client;

    @BeforeAll
    static void seed() {
        server = MockClusters.crud();
        client = server.createClient();
        MockClusters.seed(client, "/cluster/crud/workloads.yaml");
        MockClusters.seed(client, "/cluster/crud/autoscaling.yaml");
        MockClusters.seed(client, "/cluster/crud/gitops.yaml");
        client.resource(HelmSecrets.release("apps", "podinfo", 3, "superseded", "6.3.6")).create();
        client.resource(HelmSecrets.release("apps", "podinfo", 4, "deployed", "6.4.0")).create();
        client.resource(HelmSecrets.release("apps", "redis", 1, "deployed", "18.6.1")).create();
        // carries Helm's labels but not its type: not a release
        client.resource(new SecretBuilder().withNewMetadata().withName("lookalike").withNamespace("apps")
                .withLabels(Map.of("owner", "helm", "name", "lookalike", "version", "9")).endMetadata()
                .withType("Opaque").withData(Map.of("release", "bm90IGEgcmVsZWFzZQ==")).build()).create();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.destroy();
    }

    static ClusterInventory read(ReadOptions options) throws Exception {
        try (Fabric8ClusterReader reader = new Fabric8ClusterReader(server.createClient(), "mock", Clock.fixed(NOW, ZoneOffset.UTC), 500)) {
            return reader.read(options);
        }
    }

    @Test
    void workloads_of_every_kind_with_their_containers_as_written() throws Exception {
        ClusterInventory inventory = read(ReadOptions.ALL);

        assertEquals(List.of("Deployment apps/orders", "Deployment apps/podinfo", "StatefulSet apps/redis-master", "CronJob apps/nightly-report",
                "Job apps/db-migrate", "Deployment kube-system/coredns", "DaemonSet kube-system/kube-proxy"),
                inventory.workloads().stream().map(w -> w.ref().toString()).toList());
        Workload podinfo = inventory.workload(PODINFO).orElseThrow();
        assertEquals(2, podinfo.replicas());
        WorkloadContainer app = podinfo.container("podinfod").orElseThrow();
        assertEquals(Map.of("cpu", "250m", "memory", "262144k", "ephemeral-storage", "1Gi"), app.resources().requests());
        assertEquals(Map.of("cpu", "1", "memory", "512Mi"), app.resources().limits());
        assertEquals("ghcr.io/stefanprodan/podinfo:6.4.0", app.image());
        assertEquals(List.of("ghcr.io/stefanprodan/podinfo@sha256:3333333333333333333333333333333333333333333333333333333333333333"), app.imageIds());
        assertEquals(ContainerRole.INIT, podinfo.container("wait-for-redis").orElseThrow().role());
        assertEquals(ContainerRole.SIDECAR, podinfo.container("log-shipper").orElseThrow().role());
        assertFalse(app.managedHeap());
    }

    @Test
    void labels_and_annotations_keep_the_gitops_markers_but_not_kubectls_applied_copy() throws Exception {
        ClusterInventory inventory = read(ReadOptions.ALL);

        Workload podinfo = inventory.workload(PODINFO).orElseThrow();
        assertEquals("podinfo", podinfo.marker(Workload.HELM_RELEASE_NAME).orElseThrow());
        assertEquals("podinfo", podinfo.marker(Workload.FLUX_HELM_NAME).orElseThrow());
        assertFalse(podinfo.annotations().containsKey("kubectl.kubernetes.io/last-applied-configuration"));
        Workload orders = inventory.workload(new WorkloadRef(WorkloadKind.DEPLOYMENT, "apps", "orders")).orElseThrow();
        assertEquals("shop:apps/Deployment:apps/orders", orders.marker(Workload.ARGO_TRACKING_ID).orElseThrow());
        assertEquals("apps", orders.marker(Workload.FLUX_KUSTOMIZE_NAME).orElseThrow());
        assertFalse(inventory.toString().contains("s3cr3t-applied"), "kubectl's applied copy can hold env values");
    }

    @Test
    void pods_reach_their_workload_through_owner_references() throws Exception {
        ClusterInventory inventory = read(ReadOptions.ALL);

        Workload podinfo = inventory.workload(PODINFO).orElseThrow();
        assertEquals(List.of("podinfo-5d8f7b6c4-q7m3z", "podinfo-5d8f7b6c4-x2k9p"), podinfo.pods().stream().map(p -> p.name()).toList());
        ContainerFacts restarted = podinfo.pods().get(1).containers().stream().filter(c -> c.name().equals("podinfod")).findFirst().orElseThrow();
        assertEquals(3, restarted.restartCount());
        assertTrue(restarted.lastRunOomKilled());
        assertEquals(Instant.parse("2024-05-27T14:02:09Z"), restarted.lastTermination().finishedAt());
        assertEquals(Instant.parse("2024-05-27T14:02:11Z"), restarted.startedAt());
        assertEquals(Instant.parse("2024-05-20T09:30:05Z"), podinfo.pods().get(1).startTime());
        assertEquals("node-a", podinfo.pods().get(1).nodeName());
        String newest = client.apps().replicaSets().inNamespace("apps").withName("podinfo-5d8f7b6c4").get().getMetadata().getCreationTimestamp();
        assertEquals(Instant.parse(newest), podinfo.templateChangedAt(), "the newest revision's ReplicaSet was created then (the mock stamps creation)");

        Workload report = inventory.workload(new WorkloadRef(WorkloadKind.CRON_JOB, "apps", "nightly-report")).orElseThrow();
        assertEquals(1, report.pods().size(), "a CronJob's runs are its pods");
        ContainerFacts run = report.pods().get(0).containers().get(0);
        assertTrue(run.lastRunOomKilled());
        assertEquals("OOMKilled", run.terminated().reason(), "the current run ended too");
        assertTrue(inventory.workload(new WorkloadRef(WorkloadKind.JOB, "apps", "nightly-report-28610520")).isEmpty());
        assertEquals(1, inventory.workload(new WorkloadRef(WorkloadKind.STATEFUL_SET, "apps", "redis-master")).orElseThrow().pods().size());
        assertEquals(1, inventory.workload(new WorkloadRef(WorkloadKind.DAEMON_SET, "kube-system", "kube-proxy")).orElseThrow().pods().size());
    }

    @Test
    void jvm_containers_are_recognised_without_keeping_env_values() throws Exception {
        ClusterInventory inventory = read(ReadOptions.ALL);

        WorkloadContainer orders = inventory.workload(new WorkloadRef(WorkloadKind.DEPLOYMENT, "apps", "orders")).orElseThrow()
                .container("orders").orElseThrow();
        assertEquals("env JAVA_TOOL_OPTIONS sets -XX:MaxRAMPercentage", orders.heapHints().get(0).evidence());
        WorkloadContainer report = inventory.workload(new WorkloadRef(WorkloadKind.CRON_JOB, "apps", "nightly-report")).orElseThrow()
                .container("report").orElseThrow();
        assertEquals("args set -Xmx", report.heapHints().get(0).evidence());
        assertFalse(inventory.toString().contains("changeit"));
    }

    @CatalogueEntry({59, 61})
    @Test
    void autoscalers_checkpoints_and_bounds() throws Exception {
        ClusterInventory inventory = read(ReadOptions.ALL);

        Hpa hpa = inventory.hpasFor(PODINFO).get(0);
        assertTrue(hpa.scalesOn("cpu"));
        assertTrue(hpa.scalesOn("memory"), "a ContainerResource metric on memory");
        assertEquals("80", hpa.metrics().get(0).target());
        assertEquals("400Mi", hpa.metrics().get(1).target());
        assertEquals(6, hpa.maxReplicas());

        Vpa vpa = inventory.vpasFor(PODINFO).get(0);
        assertEquals("Off", vpa.updateMode());
        assertEquals("262144k", vpa.recommendation("podinfod").orElseThrow().target().get("memory"));
        assertEquals("420m", vpa.recommendation("podinfod").orElseThrow().upperBound().get("cpu"));
        assertTrue(vpa.condition("RecommendationProvided").orElseThrow().holds());
        assertEquals("2Gi", vpa.policy("podinfod").orElseThrow().maxAllowed().get("memory"), "the * policy");
        assertEquals("Off", vpa.policy("log-shipper").orElseThrow().mode());
        String created = client.genericKubernetesResources(CustomKinds.VPA).inNamespace("apps").withName("podinfo").get().getMetadata()
                .getCreationTimestamp();
        assertEquals(Instant.parse(created), vpa.createdAt());
        Vpa orders = inventory.vpas().get(0);
        assertEquals("orders", orders.name());
        assertTrue(orders.recommendations().isEmpty());
        assertTrue(orders.condition("NoPodsMatched").orElseThrow().holds());

        VpaCheckpoint checkpoint = inventory.checkpoint(vpa, "podinfod").orElseThrow();
        assertEquals(13248, checkpoint.totalSamplesCount());
        assertEquals(Instant.parse("2024-05-18T04:00:00Z"), checkpoint.firstSampleStart());
        assertEquals(120, checkpoint.highestMemoryBucket(), "bucket 125 has weight 0");
        assertEquals(41, checkpoint.highestCpuBucket());

        assertEquals("8Gi", inventory.limitRangesIn("apps").get(0).items().get(0).max().get("memory"));
        assertEquals("5250m", inventory.resourceQuotasIn("apps").get(0).used().get("requests.cpu"));
        assertEquals(List.of("node-a", "node-b"), inventory.nodes().stream().map(n -> n.name()).toList());
        assertEquals("3920m", inventory.nodes().get(0).allocatable().get("cpu"));
        assertEquals("m6i.xlarge", inventory.nodes().get(0).labels().get("node.kubernetes.io/instance-type"));
        assertTrue(inventory.nodes().get(1).unschedulable());
        assertEquals(List.of(), inventory.unreadable());
    }

    @Test
    void gitops_tools_status_shows_what_runs() throws Exception {
        ClusterInventory inventory = read(ReadOptions.ALL);

        FluxHelmRelease podinfo = inventory.fluxHelmReleases().get(0);
        assertEquals("6.5.0", podinfo.declaredVersion());
        assertEquals("6.4.0", podinfo.runningChartVersion().orElseThrow());
        assertEquals("HelmRepository/flux-system/podinfo", podinfo.sourceRef());
        assertEquals("UpgradeFailed", podinfo.condition("Ready").orElseThrow().reason());
        assertEquals("helm.toolkit.fluxcd.io/v2", podinfo.apiVersion());

        var shop = inventory.argoApplications().get(0);
        assertEquals("shop", shop.sources().get(0).chart());
        assertEquals("2.3.1", shop.syncRevisions().get(0));
        assertEquals(List.of("registry.example.com/shop/orders:2.3.1", "registry.example.com/shop/report:1.0.0"), shop.images());
        assertEquals("Synced", shop.syncStatus());
    }

    @CatalogueEntry(63)
    @Test
    void helm_release_secrets_only_when_opted_in_and_only_their_metadata() throws Exception {
        assertEquals(List.of(), read(ReadOptions.ALL).helmReleases());

        ClusterInventory inventory = read(ReadOptions.ALL.withHelmReleaseSecrets(true));

        assertEquals(List.of(new HelmReleaseSummary("apps", "podinfo", 4, "podinfo", "6.4.0", "6.4.0", "deployed"),
                new HelmReleaseSummary("apps", "redis", 1, "redis", "18.6.1", "18.6.1", "deployed")), inventory.helmReleases());
        assertFalse(inventory.toString().contains(HelmSecrets.PASSWORD));
        assertEquals(List.of(), inventory.unreadable());
    }

    @Test
    void namespaces_can_be_included_or_excluded() throws Exception {
        ClusterInventory only = read(new ReadOptions(List.of("kube-system"), List.of(), false));
        assertEquals(List.of("kube-system"), List.copyOf(only.namespaces()));
        assertEquals(2, only.nodes().size(), "nodes are cluster-wide");

        ClusterInventory without = read(new ReadOptions(List.of(), List.of("kube-system", "argocd"), false));
        assertEquals(List.of("apps"), List.copyOf(without.namespaces()));
        assertNull(without.workload(new WorkloadRef(WorkloadKind.DEPLOYMENT, "kube-system", "coredns")).orElse(null));
    }

    @Test
    void origin_and_server_version() throws Exception {
        ClusterInventory inventory = read(ReadOptions.ALL);

        assertEquals("mock", inventory.origin().context());
        assertEquals(NOW, inventory.origin().readAt());
        assertTrue(inventory.serverVersion() != null && inventory.serverVersion().major() != null, "" + inventory.serverVersion());
        assertEquals(List.<UnreadableResource>of(), inventory.unreadable());
    }
}
