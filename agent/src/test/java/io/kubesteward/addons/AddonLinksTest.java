package io.kubesteward.addons;

import static io.kubesteward.addons.Clusters.certManager;
import static io.kubesteward.addons.Clusters.chart;
import static io.kubesteward.addons.Clusters.coredns;
import static io.kubesteward.addons.Clusters.deployment;
import static io.kubesteward.addons.Clusters.image;
import static io.kubesteward.addons.Clusters.workloads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.ServerVersion;
import io.kubesteward.model.Release;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whether the repository manages a found add-on, what an unmanaged one is looked up as, and the advice for it. */
class AddonLinksTest {
    private static FoundAddon found(AddonDefinition definition, String... images) {
        return AddonFinder.find(workloads(deployment("platform", "x", Map.of(), images)), new AddonCatalogue(List.of(definition))).get(0);
    }

    @Test
    void a_chart_declared_by_name_manages_the_add_on_and_the_declaration_of_what_runs_decides() {
        FoundAddon certManager = AddonFinder.find(workloads(deployment("platform", "cm", Map.of("helm.sh/chart", "cert-manager-v1.14.4"),
                "quay.io/jetstack/cert-manager-controller:v1.14.4")), new AddonCatalogue(List.of(certManager()))).get(0);
        Declaration staging = chart("clusters/staging/platform/Chart.yaml", 12, DeclarationKind.CHART_DEPENDENCY, "cert-manager", "v1.15.0",
                "https://charts.jetstack.io");
        Declaration prod = chart("clusters/prod/platform/Chart.yaml", 12, DeclarationKind.CHART_DEPENDENCY, "cert-manager", "v1.14.4",
                "https://charts.jetstack.io");
        Declaration other = chart("apps/podinfo.yaml", 10, DeclarationKind.FLUX_HELM_RELEASE, "podinfo", "6.5.0",
                "https://stefanprodan.github.io/podinfo");

        List<Declaration> managing = AddonLinks.managing(certManager, List.of(staging, other, prod));

        assertEquals(List.of(prod, staging), managing);
        assertEquals(prod, AddonLinks.deciding(managing, "v1.14.4"));
        assertEquals(prod, AddonLinks.deciding(managing, "1.14.4"));
        assertEquals(prod, AddonLinks.deciding(managing, "v1.13.0"));
    }

    @Test
    void the_same_image_manages_an_add_on_when_no_chart_does() {
        FoundAddon coredns = found(coredns(), "registry.k8s.io/coredns/coredns:v1.11.1");
        Declaration manifest = image("infra/coredns.yaml", 20, "registry.k8s.io/coredns/coredns", "v1.11.1");
        Declaration unrelated = image("apps/api.yaml", 9, "ghcr.io/example/api", "3.2.0");

        assertEquals(List.of(manifest), AddonLinks.managing(coredns, List.of(unrelated, manifest)));
        assertEquals(List.of(), AddonLinks.managing(coredns, List.of(unrelated)));
    }

    @Test
    void an_unmanaged_add_on_is_looked_up_as_a_declaration_in_the_cluster() {
        FoundAddon coredns = found(coredns(), "registry.k8s.io/coredns/coredns:v1.11.1");

        Declaration lookup = AddonLookups.declaration(coredns, Running.of(coredns));

        assertEquals("cluster:platform/coredns", lookup.file());
        assertEquals(DeclarationKind.CONTAINER_IMAGE, lookup.kind());
        assertEquals("registry.k8s.io/coredns/coredns", lookup.name());
        assertEquals("v1.11.1", lookup.currentValue());
        assertEquals(AddonDefinition.image("registry.k8s.io/coredns/coredns"), lookup.pkg());
        assertNull(lookup.span());
    }

    @Test
    void nothing_is_looked_up_without_a_version_or_a_source() {
        AddonDefinition noSource = Clusters.addon("thing", List.of("example.com/thing"), List.of(), List.of("thing"), null, null);
        FoundAddon digestOnly = found(noSource, "example.com/thing@sha256:abc");

        assertNull(AddonLookups.declaration(digestOnly, Running.of(digestOnly)));
    }

    @Test
    void advice_says_how_to_bring_it_under_git_unless_the_catalogue_says_otherwise() {
        FoundAddon coredns = found(coredns(), "registry.k8s.io/coredns/coredns:v1.11.1");
        String advice = AddonStatus.of(coredns, Running.of(coredns), List.of(), null, VersionVerdict.notLookedUp("x")).advice();
        assertTrue(advice.contains("add a HelmRelease (or an Argo CD Application) for chart coredns from https://coredns.github.io/helm"),
                advice);

        AddonDefinition imageOnly = Clusters.addon("proxy", List.of("registry.k8s.io/kube-proxy"), List.of(), List.of(), null,
                AddonDefinition.image("registry.k8s.io/kube-proxy"));
        FoundAddon proxy = found(imageOnly, "registry.k8s.io/kube-proxy:v1.29.4");
        assertEquals("Not declared in the repository: commit its manifests with image registry.k8s.io/kube-proxy:v1.29.4, and Steward "
                + "will propose new versions.", Advice.unmanaged(proxy));

        AddonDefinition own = new AddonDefinition("proxy", null, imageOnly.images(), List.of(), List.of(), null, null, null, true,
                "Upgraded with the control plane.");
        assertEquals("Upgraded with the control plane.", Advice.unmanaged(found(own, "registry.k8s.io/kube-proxy:v1.29.4")));
        Declaration manifest = image("infra/proxy.yaml", 3, "registry.k8s.io/kube-proxy", "v1.29.4");
        assertNull(AddonStatus.of(proxy, Running.of(proxy), List.of(manifest), manifest.pkg(), VersionVerdict.notLookedUp("x")).advice());
    }

    @Test
    void versions_that_follow_the_server_keep_to_its_minor() {
        List<Release> releases = List.of(Release.of("v1.28.9"), Release.of("v1.29.4"), Release.of("v1.29.10"), Release.of("v1.30.1"),
                Release.of("1.29.11"));

        List<String> kept = AddonLookups.withinServerMinor(releases, new ServerVersion("1", "29+", "v1.29.4-eks", "linux/amd64")).stream()
                .map(Release::version).toList();

        assertEquals(List.of("v1.29.4", "v1.29.10", "1.29.11"), kept);
        assertEquals(releases, AddonLookups.withinServerMinor(releases, null));
    }
}
