package io.kubesteward.cluster.fabric8;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.cluster.ReadOptions;
import io.kubesteward.cluster.snapshot.SnapshotCluster;
import io.kubesteward.cluster.snapshot.SnapshotWriter;
import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.FluxHelmRelease;
import io.kubesteward.model.UnreadableResource;
import io.kubesteward.model.Vpa;
import io.kubesteward.model.VpaCheckpoint;
import io.kubesteward.model.Workload;
import io.kubesteward.model.WorkloadContainer;
import io.kubesteward.model.WorkloadKind;
import io.kubesteward.model.WorkloadRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** examples/cluster-snapshot: what the demo cluster reads as, and the cases the README's demo shows. */
class DemoSnapshotTest {
    @TempDir
    Path dir;

    @Test
    void the_checked_in_demo_snapshot_is_what_the_reader_and_writer_make_of_the_demo_cluster() throws Exception {
        new SnapshotWriter().write(DemoCluster.read(), dir);

        List<Path> expected = files(dir);
        assertEquals(expected.stream().map(dir::relativize).toList(), files(DemoCluster.EXAMPLE).stream().map(DemoCluster.EXAMPLE::relativize).toList());
        for (Path file : expected) {
            assertEquals(Files.readString(file), Files.readString(DemoCluster.EXAMPLE.resolve(dir.relativize(file))),
                    dir.relativize(file) + " differs: regenerate examples/cluster-snapshot with DemoCluster's main");
        }
    }

    @Test
    void the_demo_shows_drift_every_rightsizing_case_and_unmanaged_add_ons() throws Exception {
        ClusterInventory demo = new SnapshotCluster(DemoCluster.EXAMPLE).read(ReadOptions.ALL);

        FluxHelmRelease podinfo = demo.fluxHelmReleases().stream().filter(r -> r.name().equals("podinfo")).findFirst().orElseThrow();
        assertEquals("6.5.0", podinfo.declaredVersion(), "as examples/gitops-repo declares it");
        assertEquals("6.4.0", podinfo.runningChartVersion().orElseThrow(), "drift: the upgrade failed and was rolled back");
        assertEquals("1.3.2", demo.helmReleases().stream().filter(r -> r.name().equals("platform")).findFirst().orElseThrow().chartVersion(),
                "drift: the repository's platform chart is 1.4.0");

        WorkloadRef api = new WorkloadRef(WorkloadKind.DEPLOYMENT, "apps", "api");
        Vpa apiVpa = demo.vpasFor(api).get(0);
        assertEquals("163m", apiVpa.recommendation("api").orElseThrow().target().get("cpu"), "RIGHTSIZING.md's worked example");
        VpaCheckpoint apiHistory = demo.checkpoint(apiVpa, "api").orElseThrow();
        assertEquals(Duration.parse("P9DT4H48M"), Duration.between(apiHistory.firstSampleStart(), apiHistory.lastSampleStart()), "conf 9.2 d");
        assertEquals(35, apiHistory.highestMemoryBucket(), "PeakEst ≈ 914Mi");
        assertEquals(Duration.ofDays(5), Duration.between(demo.workload(api).orElseThrow().templateChangedAt(), DemoCluster.READ_AT));

        Workload redis = demo.workload(new WorkloadRef(WorkloadKind.STATEFUL_SET, "apps", "redis-master")).orElseThrow();
        assertTrue(redis.pods().get(0).containers().get(0).oomKilled(), "under-provisioned: OOMKilled");

        Vpa young = demo.vpasFor(new WorkloadRef(WorkloadKind.DEPLOYMENT, "kube-system", "metrics-server")).get(0);
        VpaCheckpoint youngHistory = demo.checkpoint(young, "metrics-server").orElseThrow();
        assertTrue(Duration.between(youngHistory.firstSampleStart(), youngHistory.lastSampleStart()).toHours() < 24, "a young VPA");

        assertTrue(demo.hpasFor(new WorkloadRef(WorkloadKind.DEPLOYMENT, "apps", "podinfo")).get(0).scalesOn("cpu"));
        assertEquals("Auto", demo.vpasFor(new WorkloadRef(WorkloadKind.DEPLOYMENT, "platform", "platform-ingress-nginx-controller")).get(0)
                .updateMode());

        List<String> images = demo.workloads().stream().flatMap(w -> w.containers().stream()).map(WorkloadContainer::image).toList();
        for (String addOn : List.of("registry.k8s.io/coredns/coredns:v1.11.1", "registry.k8s.io/metrics-server/metrics-server:v0.7.0",
                "registry.k8s.io/kube-proxy:v1.29.4", "quay.io/jetstack/cert-manager-controller:v1.14.4")) {
            assertTrue(images.contains(addOn), addOn);
        }
        assertEquals(List.of(new UnreadableResource("Application", null, UnreadableResource.Reason.NOT_INSTALLED,
                "Argo CD's Application CRD (argoproj.io/v1alpha1) is not installed")), demo.unreadable());
        assertFalse(Files.readString(DemoCluster.EXAMPLE.resolve("namespaces/apps.yaml")).contains(HelmSecrets.PASSWORD));
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
