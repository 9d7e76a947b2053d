package io.kubesteward.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesteward.faults.CatalogueEntry;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RbacTest {
    /** Every kind Steward reads, as group/resource; nodes are cluster-scoped and granted apart. */
    private static final Set<String> NAMESPACED_READS = Set.of("/pods", "/limitranges", "/resourcequotas",
            "apps/deployments", "apps/statefulsets", "apps/daemonsets", "apps/replicasets", "batch/cronjobs", "batch/jobs",
            "autoscaling/horizontalpodautoscalers", "autoscaling.k8s.io/verticalpodautoscalers",
            "autoscaling.k8s.io/verticalpodautoscalercheckpoints", "helm.toolkit.fluxcd.io/helmreleases", "argoproj.io/applications");

    @Test
    void cluster_wide_by_default_read_only_and_without_secrets() {
        Manifests out = StewardChart.render();

        assertEquals(List.of(), out.ofKind("Role"));
        JsonNode role = out.only("ClusterRole");
        assertEquals(union(NAMESPACED_READS, "/nodes"), resources(role));
        assertReadOnly(role);
        assertBoundToStewardsAccount(out.only("ClusterRoleBinding"), "ClusterRole", role);
        assertEquals("steward", out.podSpec().path("serviceAccountName").asText());
        assertTrue(out.podSpec().path("automountServiceAccountToken").asBoolean());
    }

    @Test
    void listed_namespaces_get_a_role_each_and_only_nodes_stay_cluster_wide() {
        Manifests out = StewardChart.render("cluster: {namespaces: [apps, flux-system]}\n");

        List<JsonNode> roles = out.ofKind("Role");
        assertEquals(List.of("apps", "flux-system"), roles.stream().map(r -> r.path("metadata").path("namespace").asText()).toList());
        for (JsonNode role : roles) {
            assertEquals(NAMESPACED_READS, resources(role));
            assertReadOnly(role);
        }
        List<JsonNode> bindings = out.ofKind("RoleBinding");
        assertEquals(2, bindings.size());
        for (int i = 0; i < bindings.size(); i++) {
            assertEquals(roles.get(i).path("metadata").path("namespace"), bindings.get(i).path("metadata").path("namespace"));
            assertBoundToStewardsAccount(bindings.get(i), "Role", roles.get(i));
        }
        JsonNode nodes = out.only("ClusterRole");
        assertEquals(Set.of("/nodes"), resources(nodes));
        assertReadOnly(nodes);
        assertBoundToStewardsAccount(out.only("ClusterRoleBinding"), "ClusterRole", nodes);
    }

    @Test
    void namespaced_without_nodes_has_nothing_cluster_wide() {
        Manifests out = StewardChart.render("cluster: {namespaces: [apps], nodes: false}\n");

        assertEquals(List.of(), out.ofKind("ClusterRole"));
        assertEquals(List.of(), out.ofKind("ClusterRoleBinding"));
        assertEquals(1, out.ofKind("Role").size());
    }

    @CatalogueEntry(63)
    @Test
    void helm_release_secrets_are_readable_only_when_opted_in() {
        assertFalse(resources(StewardChart.render().only("ClusterRole")).contains("/secrets"));

        JsonNode clusterWide = StewardChart.render("cluster: {helmReleaseSecrets: true}\n").only("ClusterRole");
        assertTrue(resources(clusterWide).contains("/secrets"));
        assertReadOnly(clusterWide);

        Manifests namespaced = StewardChart.render("cluster: {helmReleaseSecrets: true, namespaces: [apps]}\n");
        assertTrue(resources(namespaced.only("Role")).contains("/secrets"));
        assertFalse(resources(namespaced.only("ClusterRole")).contains("/secrets"), "secrets stay inside the listed namespaces");
    }

    @Test
    void gitops_controllers_can_be_left_out() {
        Set<String> read = resources(StewardChart.render("cluster: {flux: false, argocd: false}\n").only("ClusterRole"));

        assertFalse(read.contains("helm.toolkit.fluxcd.io/helmreleases"));
        assertFalse(read.contains("argoproj.io/applications"));
        assertTrue(read.contains("autoscaling.k8s.io/verticalpodautoscalers"));
    }

    @Test
    void no_cluster_reading_means_no_rbac_and_no_token() {
        Manifests out = StewardChart.render("cluster: {read: false}\n");

        for (String kind : List.of("ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding")) {
            assertEquals(List.of(), out.ofKind(kind), kind);
        }
        assertFalse(out.podSpec().path("automountServiceAccountToken").asBoolean());
        assertFalse(out.only("ServiceAccount").path("automountServiceAccountToken").asBoolean());
    }

    @Test
    void rbac_and_service_account_can_be_brought_by_the_user() {
        Manifests out = StewardChart.render("rbac: {create: false}\nserviceAccount: {create: false, name: platform-readers}\n");

        assertEquals(List.of(), out.ofKind("ClusterRole"));
        assertEquals(List.of(), out.ofKind("ServiceAccount"));
        assertEquals("platform-readers", out.podSpec().path("serviceAccountName").asText());
    }

    @Test
    void daemon_mode_reads_the_same_and_nothing_more() {
        assertEquals(resources(StewardChart.render().only("ClusterRole")),
                resources(StewardChart.render("mode: daemon\nconfig: {schedules: [{name: upgrades, cron: '@daily'}]}\n").only("ClusterRole")));
    }

    /** group/resource for every rule; fails on wildcards, which would grant kinds created later. */
    static Set<String> resources(JsonNode role) {
        Set<String> out = new TreeSet<>();
        for (JsonNode rule : role.path("rules")) {
            for (String group : Manifests.strings(rule.path("apiGroups"))) {
                for (String resource : Manifests.strings(rule.path("resources"))) {
                    assertFalse(group.equals("*") || resource.equals("*") || resource.contains("/"), "no wildcards or subresources: " + rule);
                    out.add(group + "/" + resource);
                }
            }
            assertFalse(rule.has("nonResourceURLs"), "no non-resource URLs: " + rule);
            assertFalse(rule.has("resourceNames"), "rules name kinds, not objects: " + rule);
        }
        return out;
    }

    static void assertReadOnly(JsonNode role) {
        for (JsonNode rule : role.path("rules")) {
            List<String> verbs = Manifests.strings(rule.path("verbs"));
            assertFalse(verbs.isEmpty(), "a rule without verbs: " + rule);
            assertTrue(Set.of("get", "list", "watch").containsAll(verbs), "only get, list, watch: " + rule);
        }
    }

    private static void assertBoundToStewardsAccount(JsonNode binding, String roleKind, JsonNode role) {
        assertEquals(roleKind, binding.path("roleRef").path("kind").asText());
        assertEquals(role.path("metadata").path("name").asText(), binding.path("roleRef").path("name").asText());
        JsonNode subjects = binding.path("subjects");
        assertEquals(1, subjects.size(), "bound to Steward's account only");
        assertEquals("ServiceAccount", subjects.get(0).path("kind").asText());
        assertEquals("steward", subjects.get(0).path("name").asText());
        assertEquals(StewardChart.NAMESPACE, subjects.get(0).path("namespace").asText());
    }

    private static Set<String> union(Set<String> set, String more) {
        Set<String> out = new TreeSet<>(set);
        out.add(more);
        return out;
    }
}
