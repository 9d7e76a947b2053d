package io.kubesteward.addons;

import static io.kubesteward.addons.Clusters.argo;
import static io.kubesteward.addons.Clusters.chart;
import static io.kubesteward.addons.Clusters.deployment;
import static io.kubesteward.addons.Clusters.flux;
import static io.kubesteward.addons.Clusters.helm;
import static io.kubesteward.addons.Clusters.image;
import static io.kubesteward.addons.Clusters.inventory;
import static io.kubesteward.addons.Clusters.ready;
import static io.kubesteward.addons.Clusters.workloads;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Drift: the repository declares one version, the cluster runs another, and both are reported. */
class DriftTest {
    private static final Declaration PODINFO = chart("clusters/prod/apps/podinfo.yaml", 10, DeclarationKind.FLUX_HELM_RELEASE, "podinfo",
            "6.5.0", "https://stefanprodan.github.io/podinfo");

    private static List<DriftEntry> drift(ClusterInventory cluster, Declaration... declarations) {
        return Drift.find(cluster, List.of(declarations));
    }

    private static ClusterInventory fluxRunning(String declared, String installed) {
        return inventory(List.of(), List.of(flux("apps", "podinfo", "podinfo", declared, installed,
                ready(false, "UpgradeFailed", "Helm upgrade failed for release apps/podinfo with chart podinfo@6.5.0:\n context deadline exceeded"))),
                List.of(), List.of());
    }

    @Test
    void a_failed_flux_upgrade_is_drift_with_flux_s_own_words() {
        List<DriftEntry> drift = drift(fluxRunning("6.5.0", "6.4.0"), PODINFO);

        assertEquals(List.of(new DriftEntry("podinfo", "chart", "6.5.0", List.of("clusters/prod/apps/podinfo.yaml:10"), "6.4.0",
                List.of("Flux HelmRelease apps/podinfo"), "Ready False (UpgradeFailed): Helm upgrade failed for release apps/podinfo with "
                        + "chart podinfo@6.5.0: context deadline exceeded")), drift);
    }

    @ParameterizedTest(name = "repository {0}, spec {1}, running {2}: drift {3}")
    @CsvSource(delimiter = '|', textBlock = """
            6.5.0   | 6.5.0   | 6.5.0   | false
            v6.5.0  | 6.5.0   | 6.5.0   | false
            6.5.0   | 6.5.0   | 6.4.0   | true
            6.x     | 6.x     | 6.4.0   | false
            >=6.0.0 | >=6.0.0 | 6.4.0   | false
            """)
    void only_exact_versions_are_compared_and_a_leading_v_does_not_count(String declared, String spec, String running, boolean drifted) {
        Declaration declaration = chart("apps/podinfo.yaml", 10, DeclarationKind.FLUX_HELM_RELEASE, "podinfo", declared, "https://x.io");

        assertEquals(drifted, !drift(fluxRunning(spec, running), declaration).isEmpty());
    }

    @Test
    void of_several_environments_the_one_whose_version_the_cluster_asks_for_is_compared() {
        Declaration staging = chart("clusters/staging/podinfo.yaml", 10, DeclarationKind.FLUX_HELM_RELEASE, "podinfo", "6.6.0", "https://x.io");

        List<DriftEntry> drift = drift(fluxRunning("6.5.0", "6.4.0"), staging, PODINFO);

        assertEquals(List.of("clusters/prod/apps/podinfo.yaml:10"), drift.get(0).declaredIn());
    }

    @Test
    void environments_that_disagree_with_nothing_to_tell_them_apart_claim_no_drift() {
        Declaration a = image("clusters/a/api.yaml", 5, "ghcr.io/example/api", "3.3.0");
        Declaration b = image("clusters/b/api.yaml", 5, "ghcr.io/example/api", "3.4.0");
        Declaration c = image("clusters/c/api.yaml", 5, "ghcr.io/example/api", "3.3.0");
        ClusterInventory cluster = workloads(deployment("apps", "api", Map.of(), "ghcr.io/example/api:3.2.0"));

        assertEquals(List.of(), drift(cluster, a, b));
        assertEquals(List.of("clusters/a/api.yaml:5", "clusters/c/api.yaml:5"), drift(cluster, a, c).get(0).declaredIn());
        assertEquals(List.of(), drift(workloads(deployment("apps", "api", Map.of(), "ghcr.io/example/api:3.4.0")), a, b));
    }

    @Test
    void image_tags_of_workloads_are_compared_with_the_image_declarations() {
        ClusterInventory cluster = workloads(deployment("apps", "api", Map.of(), "ghcr.io/example/api:3.2.0"),
                deployment("apps", "worker", Map.of(), "ghcr.io/example/api:3.2.0"));

        List<DriftEntry> drift = drift(cluster, image("apps/api.yaml", 21, "ghcr.io/example/api", "3.3.0"));

        assertEquals(List.of(new DriftEntry("ghcr.io/example/api", "image", "3.3.0", List.of("apps/api.yaml:21"), "3.2.0",
                List.of("Deployment apps/api container c0", "Deployment apps/worker container c0"), null)), drift);
    }

    @Test
    void a_sub_chart_of_an_umbrella_release_shows_in_the_chart_label_of_its_workloads() {
        Declaration dependency = chart("platform/Chart.yaml", 12, DeclarationKind.CHART_DEPENDENCY, "cert-manager", "v1.14.5",
                "https://charts.jetstack.io");
        ClusterInventory cluster = inventory(
                List.of(deployment("platform", "platform-cert-manager", Map.of("helm.sh/chart", "cert-manager-v1.14.4"), "quay.io/x:v1")),
                List.of(), List.of(helm("platform", "platform", "platform", "1.3.2")), List.of());

        List<DriftEntry> drift = drift(cluster, dependency);

        assertEquals(List.of(new DriftEntry("cert-manager", "chart", "v1.14.5", List.of("platform/Chart.yaml:12"), "v1.14.4",
                List.of("Deployment platform/platform-cert-manager (label helm.sh/chart)"), null)), drift);
    }

    @Test
    void every_object_showing_the_same_drift_is_one_entry_flux_first() {
        ClusterInventory cluster = inventory(
                List.of(deployment("apps", "podinfo", Map.of("helm.sh/chart", "podinfo-6.4.0"), "ghcr.io/stefanprodan/podinfo:6.4.0")),
                fluxRunning("6.5.0", "6.4.0").fluxHelmReleases(), List.of(helm("apps", "podinfo", "podinfo", "6.4.0")), List.of());

        List<DriftEntry> drift = drift(cluster, PODINFO);

        assertEquals(1, drift.size());
        assertEquals(List.of("Flux HelmRelease apps/podinfo", "Helm release apps/podinfo revision 3",
                "Deployment apps/podinfo (label helm.sh/chart)"), drift.get(0).runningIn());
    }

    @Test
    void an_argo_application_synced_to_another_revision_than_declared_drifts() {
        Declaration declared = chart("argocd/cert-manager.yaml", 14, DeclarationKind.ARGOCD_APPLICATION, "cert-manager", "v1.15.0",
                "https://charts.example.com");
        ClusterInventory cluster = inventory(List.of(), List.of(), List.of(), List.of(argo("cert-manager", "certs", "cert-manager", "v1.15.0",
                "v1.14.5")));

        List<DriftEntry> drift = drift(cluster, declared);

        assertEquals(List.of(new DriftEntry("cert-manager", "chart", "v1.15.0", List.of("argocd/cert-manager.yaml:14"), "v1.14.5",
                List.of("Argo CD Application argocd/cert-manager"), "sync OutOfSync, health Healthy")), drift);
    }

    @Test
    void many_workloads_running_a_drifted_image_are_named_up_to_ten() {
        Declaration declared = image("apps/api.yaml", 21, "ghcr.io/example/api", "3.3.0");
        ClusterInventory cluster = workloads(java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> deployment("apps", "api-" + (char) ('a' + i), Map.of(), "ghcr.io/example/api:3.2.0"))
                .toArray(io.kubesteward.model.Workload[]::new));

        List<String> objects = drift(cluster, declared).get(0).runningIn();

        assertEquals(11, objects.size());
        assertEquals("and 2 more", objects.get(10));
    }
}
