package io.kubesteward.planning.rightsizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.model.ArgoApplication;
import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.ContainerResourceRef;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.HelmReleaseSummary;
import io.kubesteward.model.SkipReason;
import io.kubesteward.model.Span;
import io.kubesteward.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Workload → where its resources are declared, case by case. */
class SourceLocatorTest {
    private static final SkipReason SKIP = new SkipReason(SkipReason.Code.NOT_A_VERSION, "resources");
    private int offset;

    /** The declarations of container {@code name} of Deployment ns/name in {@code file}, built by {@code root}. */
    private List<Declaration> declared(String file, String namespace, String name, String root, String cpu, String memory) {
        List<Declaration> out = new ArrayList<>();
        ContainerResourceRef container = new ContainerResourceRef("Deployment", namespace, name, name, null, root);
        out.add(new Declaration(file, DeclarationKind.CONTAINER_RESOURCES, container.format(), null, null, null, SKIP));
        out.add(value(file, container.withField("requests.cpu"), cpu));
        out.add(value(file, container.withField("requests.memory"), memory));
        return out;
    }

    private Declaration value(String file, ContainerResourceRef ref, String value) {
        offset += 100;
        return new Declaration(file, DeclarationKind.CONTAINER_RESOURCES, ref.format(), value, new Span(offset, offset + value.length(), 1, 1),
                null, SKIP);
    }

    private static Workload api(Map<String, String> labels, Map<String, String> annotations, String cpu) {
        return Clusters.deployment("apps", "api", labels, annotations, cpu, null, "1Gi", null);
    }

    private static SourceMatch locate(Workload w, List<Declaration> declarations, List<ArgoApplication> argo) {
        ClusterInventory cluster = Clusters.of(List.of(w), List.of(), List.of(), argo);
        return new SourceLocator(new ResourceIndex(declarations), cluster).locate(w);
    }

    @Test
    void a_plain_manifest_matches_by_kind_namespace_and_name() {
        List<Declaration> d = new ArrayList<>(declared("apps/api.yaml", "apps", "api", null, "500m", "1Gi"));
        d.addAll(declared("other/api.yaml", "other", "api", null, "1", "2Gi"));
        SourceMatch m = locate(api(Map.of(), Map.of(), "500m"), d, List.of());
        assertEquals(Placement.REPOSITORY, m.placement());
        assertNull(m.root());
        assertEquals(List.of("apps/api.yaml"), m.files());
        assertEquals("500m", m.value("api", "requests.cpu").orElseThrow().declaration().currentValue());
    }

    @Test
    void a_manifest_without_a_namespace_matches_when_none_names_it() {
        SourceMatch m = locate(api(Map.of(), Map.of(), "1"), declared("api.yaml", null, "api", null, "500m", "1Gi"), List.of());
        assertEquals(Placement.REPOSITORY, m.placement());
        assertEquals("500m", m.value("api", "requests.cpu").orElseThrow().declaration().currentValue(),
                "the repository's value, not the running one");
    }

    @Test
    void of_several_overlays_the_argo_cd_application_s_path_wins() {
        List<Declaration> d = new ArrayList<>(declared("base/api.yaml", "apps", "api", "clusters/prod", "500m", "1Gi"));
        d.addAll(declared("base/api.yaml", "apps", "api", "clusters/dr", "500m", "1Gi"));
        Workload w = api(Map.of(), Map.of(Workload.ARGO_TRACKING_ID, "prod-apps:apps/Deployment:apps/api"), "500m");
        SourceMatch m = locate(w, d, List.of(Clusters.argo("prod-apps", "./clusters/prod/")));
        assertEquals(Placement.REPOSITORY, m.placement());
        assertEquals("clusters/prod", m.root());
    }

    @Test
    void of_several_overlays_the_one_whose_values_run_wins() {
        List<Declaration> d = new ArrayList<>(declared("clusters/prod/api.yaml", "apps", "api", "clusters/prod", "2", "1Gi"));
        d.addAll(declared("clusters/staging/api.yaml", "apps", "api", "clusters/staging", "500m", "1Gi"));
        SourceMatch m = locate(api(Map.of(), Map.of(), "2000m"), d, List.of());
        assertEquals("clusters/prod", m.root(), "2 and 2000m are the same amount");
        assertTrue(m.detail().contains("kustomize build clusters/prod"), m.detail());
    }

    @Test
    void overlays_nothing_tells_apart_are_ambiguous_and_reported() {
        List<Declaration> d = new ArrayList<>(declared("clusters/a/api.yaml", "apps", "api", "clusters/a", "500m", "1Gi"));
        d.addAll(declared("clusters/b/api.yaml", "apps", "api", "clusters/b", "500m", "1Gi"));
        SourceMatch m = locate(api(Map.of(), Map.of(), "500m"), d, List.of());
        assertEquals(Placement.AMBIGUOUS, m.placement());
        assertTrue(m.detail().contains("kustomize clusters/a") && m.detail().contains("kustomize clusters/b"), m.detail());
        assertTrue(m.values().isEmpty());
    }

    @Test
    void a_workload_helm_renders_is_reported_with_its_release_and_chart() {
        Workload w = api(Map.of("app.kubernetes.io/managed-by", "Helm"), Map.of(Workload.HELM_RELEASE_NAME, "backend",
                Workload.HELM_RELEASE_NAMESPACE, "apps"), "500m");
        ClusterInventory cluster = new ClusterInventory(null, null, List.of(), List.of(w), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(new HelmReleaseSummary("apps", "backend", 3, "backend", "2.4.1", "1.0", "deployed")),
                List.of());
        SourceMatch m = new SourceLocator(new ResourceIndex(List.of()), cluster).locate(w);
        assertEquals(Placement.HELM_RELEASE, m.placement());
        assertTrue(m.detail().startsWith("rendered by Helm release apps/backend (chart backend 2.4.1)"), m.detail());
        assertTrue(!m.editable());
    }

    @CatalogueEntry(62)
    @Test
    void a_workload_no_manifest_declares_is_reported() {
        SourceMatch m = locate(api(Map.of(), Map.of(), "500m"), declared("x.yaml", "apps", "web", null, "1", "1Gi"), List.of());
        assertEquals(Placement.NOT_IN_REPOSITORY, m.placement());
    }

    @Test
    void applications_group_workloads_for_one_pull_request_each() {
        assertEquals("prod-apps", Applications.of(api(Map.of(Workload.INSTANCE, "x"),
                Map.of(Workload.ARGO_TRACKING_ID, "prod-apps:apps/Deployment:apps/api"), "1")));
        assertEquals("apps", Applications.of(api(Map.of(Workload.FLUX_KUSTOMIZE_NAME, "apps", Workload.INSTANCE, "x"), Map.of(), "1")));
        assertEquals("shop", Applications.of(api(Map.of(Workload.INSTANCE, "shop"), Map.of(), "1")));
        assertEquals("apps-api", Applications.of(api(Map.of(), Map.of(), "1")));
        assertEquals("steward/rightsizing/team-a-shop", Applications.branch("Team A/Shop"));
    }
}
