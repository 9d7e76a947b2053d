package io.kubesteward.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.addons.AddonCatalogue;
import io.kubesteward.addons.AddonDefinition;
import io.kubesteward.addons.AddonStatus;
import io.kubesteward.addons.ClusterFindings;
import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.ClusterOrigin;
import io.kubesteward.model.ContainerRole;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.FetchStat;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.model.ServerVersion;
import io.kubesteward.model.SourceFile;
import io.kubesteward.model.SourceKind;
import io.kubesteward.model.Span;
import io.kubesteward.model.UnreadableResource;
import io.kubesteward.model.UpdateType;
import io.kubesteward.model.Workload;
import io.kubesteward.model.WorkloadContainer;
import io.kubesteward.model.WorkloadKind;
import io.kubesteward.model.WorkloadRef;
import io.kubesteward.planning.Planner;
import io.kubesteward.policy.EffectivePolicy;
import io.kubesteward.sources.ReleaseSource;
import io.kubesteward.versioning.VersionSchemes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cluster's add-ons go through the same lookups and policy as the repository's declarations, and never become proposals. */
class ClusterStepTest {
    private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
    private static final String JETSTACK = "https://charts.jetstack.io";
    private static final Declaration CERT_MANAGER = new Declaration("platform/Chart.yaml", DeclarationKind.CHART_DEPENDENCY,
            "cert-manager", "v1.14.5", new Span(100, 107, 12, 14), new PackageRef(SourceKind.HELM_REPOSITORY, JETSTACK, "cert-manager"),
            null);
    private static final AddonCatalogue CATALOGUE = new AddonCatalogue(List.of(
            addon("cert-manager", "quay.io/jetstack/cert-manager-controller", "cert-manager", false),
            addon("coredns", "registry.k8s.io/coredns/coredns", null, false),
            addon("kube-proxy", "registry.k8s.io/kube-proxy", null, true)));

    /** A source in memory that records each call's packages. */
    private static final class Source implements ReleaseSource {
        final SourceKind kind;
        final Map<PackageRef, List<String>> versions = new HashMap<>();
        final List<Set<PackageRef>> calls = new ArrayList<>();

        Source(SourceKind kind) {
            this.kind = kind;
        }

        @Override
        public SourceKind kind() {
            return kind;
        }

        @Override
        public Map<PackageRef, LookupResult> lookup(Collection<PackageRef> packages) {
            calls.add(Set.copyOf(packages));
            Map<PackageRef, LookupResult> out = new HashMap<>();
            packages.forEach(p -> out.put(p, LookupResult.found(p, versions.getOrDefault(p, List.of()).stream().map(Release::of).toList())));
            return out;
        }

        @Override
        public List<FetchStat> stats() {
            return List.of();
        }
    }

    private final Source charts = new Source(SourceKind.HELM_REPOSITORY);
    private final Source images = new Source(SourceKind.DOCKER_IMAGE);

    private static AddonDefinition addon(String name, String image, String chart, boolean followsServer) {
        return new AddonDefinition(name, name + " add-on", List.of(image), List.of(), chart == null ? List.of() : List.of(chart), null,
                AddonDefinition.chart(chart == null ? null : JETSTACK, chart), AddonDefinition.image(image), followsServer, null);
    }

    private static Workload deployment(String namespace, String name, Map<String, String> labels, String image) {
        return new Workload(new WorkloadRef(WorkloadKind.DEPLOYMENT, namespace, name), labels, Map.of(), 1, List.of(), NOW, null,
                List.of(new WorkloadContainer(name, ContainerRole.CONTAINER, image, List.of(), null, List.of())), List.of());
    }

    private static ClusterInventory cluster() {
        return new ClusterInventory(new ClusterOrigin("prod", NOW), new ServerVersion("1", "29", "v1.29.4", "linux/amd64"), List.of(),
                List.of(deployment("platform", "cert-manager", Map.of("helm.sh/chart", "cert-manager-v1.14.4"),
                                "quay.io/jetstack/cert-manager-controller:v1.14.4"),
                        deployment("kube-system", "coredns", Map.of(), "registry.k8s.io/coredns/coredns:v1.11.1"),
                        deployment("kube-system", "kube-proxy", Map.of(), "registry.k8s.io/kube-proxy:v1.29.4")),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new UnreadableResource("VerticalPodAutoscaler", null, UnreadableResource.Reason.NOT_INSTALLED, "no VPA CRD")));
    }

    /** Patches only for CoreDNS; everything else may move freely. */
    private static EffectivePolicy policy(Declaration d) {
        return d.name().equals("registry.k8s.io/coredns/coredns")
                ? new EffectivePolicy(true, Set.of(UpdateType.PATCH), List.of(), List.of(), Duration.ZERO, true, List.of("coredns patches only"))
                : EffectivePolicy.permissive();
    }

    private PlanPipeline.Result run(ClusterInventory cluster) {
        charts.versions.put(CERT_MANAGER.pkg(), List.of("v1.14.4", "v1.14.5", "v1.15.3"));
        images.versions.put(AddonDefinition.image("registry.k8s.io/coredns/coredns"), List.of("v1.11.1", "v1.11.3", "v1.12.0"));
        images.versions.put(AddonDefinition.image("registry.k8s.io/kube-proxy"), List.of("v1.29.4", "v1.29.10", "v1.30.2"));
        PlanRequest request = new PlanRequest(List.of(new SourceFile("platform/Chart.yaml", "")), List.of(),
                files -> new Extracted(List.of(CERT_MANAGER), List.of()),
                Map.of(SourceKind.HELM_REPOSITORY, charts, SourceKind.DOCKER_IMAGE, images), Map.of(),
                new Planner(VersionSchemes::forDeclaration, ClusterStepTest::policy, NOW),
                (files, proposal) -> ProposalEdits.Edited.failed("not edited in this test"), cluster);
        return new PlanPipeline(Progress.SILENT, CATALOGUE).run(request);
    }

    private static AddonStatus addon(ClusterFindings findings, String name) {
        return findings.addons().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void without_a_cluster_nothing_more_is_looked_up_or_reported() {
        PlanPipeline.Result result = run(null);

        assertNull(result.cluster());
        assertEquals(List.of(), images.calls);
        assertEquals(List.of(Set.of(CERT_MANAGER.pkg())), charts.calls);
    }

    @Test
    void a_managed_add_on_is_upgraded_by_the_proposal_for_its_declaration() {
        PlanPipeline.Result result = run(cluster());

        AddonStatus certManager = addon(result.cluster(), "cert-manager");
        assertTrue(certManager.managed());
        assertEquals(List.of(CERT_MANAGER), certManager.declarations());
        assertEquals("v1.14.4", certManager.running().version());
        assertEquals("v1.15.3", certManager.verdict().newestAllowed());
        assertEquals(List.of("steward/chart/cert-manager"), certManager.verdict().proposals());
        assertEquals(CERT_MANAGER.pkg(), certManager.source());
    }

    @Test
    void unmanaged_add_ons_are_looked_up_in_the_same_pass_under_the_same_policy_and_never_proposed() {
        PlanPipeline.Result result = run(cluster());

        assertEquals(List.of(Set.of(AddonDefinition.image("registry.k8s.io/coredns/coredns"), AddonDefinition.image("registry.k8s.io/kube-proxy"))),
                images.calls, "one call for both add-ons' images");
        AddonStatus coredns = addon(result.cluster(), "coredns");
        assertTrue(!coredns.managed());
        assertEquals("update", coredns.verdict().status());
        assertEquals("v1.11.3", coredns.verdict().newestAllowed());
        assertEquals("v1.12.0", coredns.verdict().newest());
        assertTrue(coredns.verdict().reason().contains("minor"), coredns.verdict().reason());
        assertEquals(List.of(), coredns.verdict().proposals());
        assertTrue(coredns.advice().startsWith("Not declared in the repository"), coredns.advice());
        assertEquals("v1.29.10", addon(result.cluster(), "kube-proxy").verdict().newestAllowed(), "kept to the server's minor");
        assertEquals(List.of("steward/chart/cert-manager"), result.plan().proposals().stream().map(p -> p.branch()).toList());
        assertEquals(1, result.plan().outcomes().size(), "the add-ons are not declarations of the repository");
    }

    @Test
    void drift_and_what_could_not_be_read_come_with_the_add_ons() {
        ClusterFindings findings = run(cluster()).cluster();

        assertEquals(1, findings.drift().size());
        assertEquals("v1.14.5", findings.drift().get(0).declared());
        assertEquals("v1.14.4", findings.drift().get(0).running());
        assertEquals("VerticalPodAutoscaler", findings.unreadable().get(0).kind());
    }
}
