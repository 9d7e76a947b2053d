package io.kubesteward.addons;

import static io.kubesteward.addons.Clusters.argo;
import static io.kubesteward.addons.Clusters.certManager;
import static io.kubesteward.addons.Clusters.coredns;
import static io.kubesteward.addons.Clusters.deployment;
import static io.kubesteward.addons.Clusters.flux;
import static io.kubesteward.addons.Clusters.helm;
import static io.kubesteward.addons.Clusters.inventory;
import static io.kubesteward.addons.Clusters.workload;
import static io.kubesteward.addons.Clusters.workloads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.WorkloadKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Recognising the catalogue's add-ons in an inventory, and which version each runs. */
class AddonFinderTest {
    private static final AddonCatalogue CATALOGUE = new AddonCatalogue(List.of(coredns(), certManager()));

    private static List<FoundAddon> find(ClusterInventory cluster) {
        return AddonFinder.find(cluster, CATALOGUE);
    }

    @Test
    void an_image_recognises_an_add_on_and_its_tag_is_the_running_version() {
        List<FoundAddon> found = find(workloads(deployment("kube-system", "coredns", Map.of(), "registry.k8s.io/coredns/coredns:v1.11.1")));

        assertEquals(1, found.size());
        FoundAddon coredns = found.get(0);
        assertEquals("coredns", coredns.name());
        assertEquals("kube-system", coredns.namespace());
        assertEquals(List.of("Deployment kube-system/coredns"), coredns.evidence());
        Running running = Running.of(coredns);
        assertEquals("v1.11.1", running.version());
        assertEquals("image registry.k8s.io/coredns/coredns", running.from());
        assertEquals(AddonDefinition.image("registry.k8s.io/coredns/coredns"), running.source());
    }

    @Test
    void a_label_recognises_an_add_on_on_a_mirrored_image_whose_tag_is_then_compared_with_the_catalogue_image() {
        FoundAddon coredns = find(workloads(deployment("kube-system", "coredns", Map.of("k8s-app", "kube-dns"),
                "mirror.example.com/dns/coredns:v1.11.1"))).get(0);

        assertEquals("v1.11.1", Running.of(coredns).version());
        assertEquals("registry.k8s.io", Running.of(coredns).source().repository());
    }

    @Test
    void an_eks_image_in_ecr_is_recognised_by_its_glob() {
        FoundAddon coredns = find(workloads(deployment("kube-system", "coredns", Map.of(),
                "602401143452.dkr.ecr.eu-west-1.amazonaws.com/eks/coredns:v1.11.1-eksbuild.4"))).get(0);

        assertEquals("v1.11.1-eksbuild.4", Running.of(coredns).version());
    }

    @Test
    void a_chart_version_wins_over_the_image_tag_and_flux_status_over_the_chart_label() {
        ClusterInventory cluster = inventory(
                List.of(deployment("cert-manager", "cert-manager", Map.of("helm.sh/chart", "cert-manager-v1.14.3"),
                        "quay.io/jetstack/cert-manager-controller:v1.14.3")),
                List.of(flux("flux-system", "cert-manager", "cert-manager", "v1.14.5", "v1.14.4", null)),
                List.of(), List.of());
        // the Flux HelmRelease lives in flux-system but installs into its target namespace: here none, so flux-system
        assertEquals(List.of("cert-manager", "flux-system"), find(cluster).stream().map(FoundAddon::namespace).toList());

        ClusterInventory targeted = inventory(cluster.workloads(), List.of(new io.kubesteward.model.FluxHelmRelease("flux-system",
                "cert-manager", "helm.toolkit.fluxcd.io/v2", "cert-manager", "v1.14.5", null, null, "cert-manager", "v1.14.4", null,
                null, null, List.of())), List.of(), List.of());
        FoundAddon certManager = find(targeted).get(0);
        assertEquals(List.of("Deployment cert-manager/cert-manager", "Flux HelmRelease flux-system/cert-manager"), certManager.evidence());
        Running running = Running.of(certManager);
        assertEquals("v1.14.4", running.version());
        assertEquals("chart cert-manager", running.from());
        assertEquals(AddonDefinition.chart("https://charts.jetstack.io", "cert-manager"), running.source());
    }

    @Test
    void helm_releases_and_argo_applications_of_the_chart_are_found_without_workloads() {
        ClusterInventory cluster = inventory(List.of(), List.of(), List.of(helm("dns", "coredns", "coredns", "1.29.0")),
                List.of(argo("cert-manager", "certs", "cert-manager", "v1.15.0", "v1.14.5")));

        List<FoundAddon> found = find(cluster);

        assertEquals(List.of("cert-manager", "coredns"), found.stream().map(FoundAddon::name).toList());
        assertEquals("v1.14.5", found.get(0).chartVersion());
        assertEquals("certs", found.get(0).namespace());
        assertEquals("1.29.0", Running.of(found.get(1)).version());
    }

    @Test
    void one_add_on_per_namespace_and_jobs_are_install_hooks_not_the_add_on() {
        ClusterInventory cluster = workloads(
                deployment("a", "ctrl", Map.of(), "quay.io/jetstack/cert-manager-controller:v1.14.4"),
                deployment("a", "webhook", Map.of(), "quay.io/jetstack/cert-manager-webhook:v1.14.4"),
                deployment("b", "ctrl", Map.of(), "quay.io/jetstack/cert-manager-controller:v1.13.0"),
                workload(WorkloadKind.JOB, "c", "startupapicheck", Map.of(), "quay.io/jetstack/cert-manager-ctl:v1.14.4"));

        List<FoundAddon> found = find(cluster);

        assertEquals(List.of("a", "b"), found.stream().map(FoundAddon::namespace).toList());
        assertEquals(2, found.get(0).evidence().size());
        assertEquals("v1.13.0", Running.of(found.get(1)).version());
    }

    @Test
    void a_version_label_wins_over_image_tags_when_the_catalogue_names_one() {
        AddonDefinition flux = new AddonDefinition("flux", null, List.of("ghcr.io/fluxcd/*-controller"), List.of(), List.of(),
                "app.kubernetes.io/version", null, AddonDefinition.image("ghcr.io/fluxcd/flux-cli"), false, null);
        ClusterInventory cluster = workloads(deployment("flux-system", "helm-controller", Map.of("app.kubernetes.io/version", "v2.3.0"),
                "ghcr.io/fluxcd/helm-controller:v1.0.1"));

        FoundAddon found = AddonFinder.find(cluster, new AddonCatalogue(List.of(flux))).get(0);

        assertEquals(new Running("v2.3.0", AddonDefinition.image("ghcr.io/fluxcd/flux-cli"), "label app.kubernetes.io/version"),
                Running.of(found));
    }

    @Test
    void nothing_to_compare_when_the_image_is_pinned_by_digest_only() {
        FoundAddon coredns = find(workloads(deployment("kube-system", "coredns", Map.of(), "registry.k8s.io/coredns/coredns@sha256:8a32"))).get(0);

        Running running = Running.of(coredns);
        assertEquals(null, running.version());
        assertTrue(running.from().contains("digest only"), running.from());
        assertTrue(!running.comparable());
    }

    @Test
    void workloads_of_other_software_are_not_add_ons() {
        assertEquals(List.of(), find(workloads(deployment("apps", "api", Map.of("app.kubernetes.io/name", "api"), "ghcr.io/example/api:3.2.0"))));
    }
}
