package io.kubesteward.cluster.fabric8;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.kubesteward.cluster.ClusterUnavailable;
import io.kubesteward.cluster.ReadOptions;
import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.UnreadableResource;
import io.kubesteward.model.UnreadableResource.Reason;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Expectations mode: what the CRUD mock cannot show (continue tokens, 403, 404, 401). */
class PagingAndFailuresTest {
    private KubernetesMockServer server;
    private ScriptedCluster cluster;

    @BeforeEach
    void start() {
        server = MockClusters.expectations();
        cluster = new ScriptedCluster(server, 2);
    }

    @AfterEach
    void stop() {
        server.destroy();
    }

    private ClusterInventory read(ReadOptions options) throws ClusterUnavailable {
        try (Fabric8ClusterReader reader = new Fabric8ClusterReader(server.createClient(), "scripted", Clock.systemUTC(), 2)) {
            return reader.read(options);
        }
    }

    private static Deployment deployment(String name) {
        return new DeploymentBuilder().withNewMetadata().withName(name).withNamespace("apps").endMetadata()
                .withNewSpec().withReplicas(1).withNewTemplate().withNewSpec().addNewContainer().withName("app").withImage("app:1")
                .endContainer().endSpec().endTemplate().endSpec().build();
    }

    @Test
    void lists_follow_continue_tokens_page_by_page() throws Exception {
        String path = "/apis/apps/v1/deployments";
        cluster.answer(cluster.first(path), ScriptedCluster.list("tok1", deployment("a"), deployment("b")));
        cluster.answer(cluster.next(path, "tok1"), ScriptedCluster.list(null, deployment("c")));
        cluster.emptyElsewhere(ScriptedCluster.ALL_LISTS);

        ClusterInventory inventory = read(ReadOptions.ALL);

        assertEquals(List.of("a", "b", "c"), inventory.workloads().stream().map(w -> w.ref().name()).toList());
        assertEquals(List.of(), inventory.unreadable());
        assertEquals("v1.30.4", inventory.serverVersion().gitVersion());
    }

    @CatalogueEntry(64)
    @Test
    void forbidden_pods_and_a_missing_vpa_crd_become_entries_and_the_read_goes_on() throws Exception {
        cluster.answer(cluster.first("/apis/apps/v1/deployments"), ScriptedCluster.list(null, deployment("a")));
        cluster.fail(cluster.first("/api/v1/pods"), 403, "Forbidden");
        cluster.fail(cluster.first("/apis/autoscaling.k8s.io/v1/verticalpodautoscalers"), 404, "NotFound");
        cluster.fail(cluster.first("/apis/autoscaling.k8s.io/v1/verticalpodautoscalercheckpoints"), 404, "NotFound");
        cluster.fail(cluster.first("/apis/argoproj.io/v1alpha1/applications"), 404, "NotFound");
        cluster.fail(cluster.first("/apis/helm.toolkit.fluxcd.io/v2/helmreleases"), 404, "NotFound");
        cluster.fail(cluster.first("/apis/helm.toolkit.fluxcd.io/v2beta2/helmreleases"), 404, "NotFound");
        cluster.fail(cluster.first("/apis/helm.toolkit.fluxcd.io/v2beta1/helmreleases"), 404, "NotFound");
        cluster.emptyElsewhere(ScriptedCluster.ALL_LISTS);

        ClusterInventory inventory = read(ReadOptions.ALL);

        assertEquals(1, inventory.workloads().size(), "workloads are still read");
        List<String> entries = new ArrayList<>();
        inventory.unreadable().forEach(u -> entries.add(u.kind() + " " + u.reason().id() + ": " + u.message()));
        assertEquals(List.of(
                "Application not-installed: Argo CD's Application CRD (argoproj.io/v1alpha1) is not installed",
                "HelmRelease not-installed: Flux's HelmRelease CRD (helm.toolkit.fluxcd.io) is not installed",
                "Pod forbidden: list pods in all namespaces is forbidden: grant verb list on pods in the core API group cluster-wide "
                        + "(a ClusterRole and ClusterRoleBinding), or read only the namespaces you may list",
                "VerticalPodAutoscaler not-installed: the VerticalPodAutoscaler CRD (autoscaling.k8s.io/v1) is not installed, so there "
                        + "are no recommendations to size by; install the VPA recommender",
                "VerticalPodAutoscalerCheckpoint not-installed: the VerticalPodAutoscalerCheckpoint CRD is not installed, so a VPA's "
                        + "history length is unknown (treated as under 7 days)"), entries);
    }

    @CatalogueEntry(64)
    @Test
    void forbidden_in_one_namespace_names_a_role_in_that_namespace() throws Exception {
        List<String> inApps = ScriptedCluster.ALL_LISTS.stream().filter(p -> !p.equals("/api/v1/nodes"))
                .map(p -> p.replaceFirst("/(v1|v2|v1alpha1)/", "/$1/namespaces/apps/")).toList();
        cluster.fail(cluster.first("/api/v1/namespaces/apps/pods"), 403, "Forbidden");
        cluster.emptyElsewhere(inApps);
        cluster.emptyElsewhere(List.of("/api/v1/nodes"));

        ClusterInventory inventory = read(new ReadOptions(List.of("apps"), List.of(), false));

        UnreadableResource pods = inventory.unreadable().get(0);
        assertEquals(new UnreadableResource("Pod", "apps", Reason.FORBIDDEN, "list pods in namespace apps is forbidden: grant verb list "
                + "on pods in the core API group in namespace apps (a Role and RoleBinding)"), pods);
        assertEquals(1, inventory.unreadable().size(), "" + inventory.unreadable());
    }

    @Test
    void flux_helm_releases_are_read_from_an_older_served_version() throws Exception {
        cluster.fail(cluster.first("/apis/helm.toolkit.fluxcd.io/v2/helmreleases"), 404, "NotFound");
        cluster.answer(cluster.first("/apis/helm.toolkit.fluxcd.io/v2beta2/helmreleases"), ScriptedCluster.list(null,
                new GenericKubernetesResourceBuilder().withApiVersion("helm.toolkit.fluxcd.io/v2beta2").withKind("HelmRelease")
                        .withNewMetadata().withName("podinfo").withNamespace("apps").endMetadata()
                        .withAdditionalProperties(Map.of("status", Map.of("lastAppliedRevision", "6.4.0"))).build()));
        cluster.emptyElsewhere(ScriptedCluster.ALL_LISTS);

        ClusterInventory inventory = read(ReadOptions.ALL);

        assertEquals("6.4.0", inventory.fluxHelmReleases().get(0).runningChartVersion().orElseThrow());
        assertEquals(List.of(), inventory.unreadable());
    }

    @CatalogueEntry(64)
    @Test
    void rejected_credentials_end_the_read() {
        cluster.fail(cluster.first("/api/v1/nodes"), 401, "Unauthorized");
        cluster.emptyElsewhere(ScriptedCluster.ALL_LISTS);

        ClusterUnavailable failure = assertThrows(ClusterUnavailable.class, () -> read(ReadOptions.ALL));

        assertTrue(failure.getMessage().contains(": The API server rejected the credentials"),
                failure.getMessage());
    }

    @Test
    void an_object_of_an_unexpected_shape_is_skipped_and_reported() throws Exception {
        cluster.answer(cluster.first("/apis/autoscaling.k8s.io/v1/verticalpodautoscalers"), ScriptedCluster.list(null,
                new GenericKubernetesResourceBuilder().withApiVersion("autoscaling.k8s.io/v1").withKind("VerticalPodAutoscaler")
                                .withNewMetadata().withName("broken").withNamespace("apps").endMetadata()
                                .withAdditionalProperties(Map.of("status", Map.of("recommendation", Map.of("containerRecommendations",
                                        List.of(Map.of("target", Map.of("cpu", "1"))))))).build(),
                        new GenericKubernetesResourceBuilder().withApiVersion("autoscaling.k8s.io/v1").withKind("VerticalPodAutoscaler")
                                .withNewMetadata().withNamespace("apps").endMetadata().build()));
        cluster.emptyElsewhere(ScriptedCluster.ALL_LISTS);

        ClusterInventory inventory = read(ReadOptions.ALL);

        assertEquals(List.of("broken"), inventory.vpas().stream().map(v -> v.name()).toList(), "a recommendation without a container is dropped");
        assertEquals(Reason.FAILED, inventory.unreadable().get(0).reason());
        assertTrue(inventory.unreadable().get(0).message().startsWith("1 verticalpodautoscalers could not be understood and were skipped"),
                inventory.unreadable().get(0).message());
    }
}
