package io.kubesteward.analysis;

import static io.kubesteward.analysis.Charts.chart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.model.ApiRemoval;
import io.kubesteward.model.CrdHandling;
import io.kubesteward.model.ReleaseValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderChecksTest {
    private static final List<ApiRemoval> REMOVALS = List.of(new ApiRemoval("policy/v1beta1", "PodDisruptionBudget", "1.25", "policy/v1"),
            new ApiRemoval("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema", "1.32", "flowcontrol.apiserver.k8s.io/v1"));

    private static String deployment(String version, String selector, String image) {
        return """
                ---
                # Source: app/templates/deployment.yaml
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: app
                  labels:
                    helm.sh/chart: app-%s
                    app.kubernetes.io/version: "%s"
                spec:
                  selector:
                    matchLabels:
                      %s
                  template:
                    metadata:
                      labels:
                        app.kubernetes.io/name: app
                    spec:
                      containers:
                        - name: app
                          image: %s
                """.formatted(version, version, selector, image);
    }

    private static Renders.Target cluster(String kube) {
        return new Renders.Target(kube, "the cluster", false, "app", null);
    }

    private static List<Finding> check(Rendered from, Rendered to, ReleaseValues values, String kube, List<String> notRead) {
        return check(from, to, values, cluster(kube), List.of(), notRead);
    }

    private static List<Finding> check(Rendered from, Rendered to, ReleaseValues values, Renders.Target target, List<String> dropped,
                                       List<String> notRead) {
        ImpactInput in = Charts.input(chart("app", "1.0.0"), chart("app", "2.0.0"), values, CrdHandling.helm("Helm"), Map.of())
                .withRenders(new Renders(from, to, target, REMOVALS, List.of(), dropped));
        return RenderChecks.check(in, notRead);
    }

    private static List<Finding> check(String from, String to) {
        return check(Rendered.of(from), Rendered.of(to), ReleaseValues.NONE, "1.30.0", new ArrayList<>());
    }

    private static Finding only(List<Finding> findings, String check) {
        List<Finding> of = findings.stream().filter(f -> f.check().equals(check)).toList();
        assertEquals(1, of.size(), () -> check + " findings: " + findings);
        return of.get(0);
    }

    @Test
    void version_labels_alone_are_no_change() {
        List<Finding> findings = check(deployment("1.0.0", "app: web", "app:1"), deployment("2.0.0", "app: web", "app:1"));
        Finding rendered = only(findings, "rendered");
        assertEquals(Severity.INFORMATION, rendered.severity());
        assertTrue(rendered.summary().endsWith("1.0.0 and 2.0.0 apply the same 1 object, but for version labels"), rendered.summary());
        assertEquals(1, findings.size(), findings::toString);
    }

    @Test
    void a_changed_image_is_listed_per_container_and_in_the_diff() {
        List<Finding> findings = check(deployment("1.0.0", "app: web", "ghcr.io/x/app:1.0"), deployment("2.0.0", "app: web", "ghcr.io/x/app:2.0"));
        assertEquals("one container image changes: Deployment app, container app: ghcr.io/x/app:1.0 → ghcr.io/x/app:2.0",
                only(findings, "images").summary());
        assertEquals(List.of("changed: Deployment app: spec.template.spec.containers[name=app].image: ghcr.io/x/app:1.0 → ghcr.io/x/app:2.0"),
                only(findings, "rendered").details());
    }

    @Test
    void a_changed_selector_blocks_with_the_step_that_lets_the_upgrade_through() {
        Finding f = only(check(deployment("1.0.0", "app: web", "app:1"), deployment("2.0.0", "app.kubernetes.io/name: app", "app:1")),
                "immutable");
        assertEquals(Severity.BLOCKING, f.severity());
        assertTrue(f.summary().startsWith("2.0.0 changes spec.selector of Deployment app"), f.summary());
        assertTrue(f.details().contains("spec.selector.matchLabels.app: web → (none)"), f.details()::toString);
        assertTrue(f.details().get(f.details().size() - 1).contains("kubectl delete deployment app --cascade=orphan"), f.details()::toString);
    }

    @Test
    void a_statefulset_volume_claim_template_change_blocks_but_a_left_out_cluster_ip_does_not() {
        String sts = """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db, namespace: data}
                spec:
                  serviceName: db
                  selector: {matchLabels: {app: db}}
                  volumeClaimTemplates:
                    - metadata: {name: data}
                      spec: {resources: {requests: {storage: %s}}}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: db, namespace: data}
                spec: {%s ports: [{port: 5432}]}
                """;
        List<Finding> findings = check(sts.formatted("8Gi", "clusterIP: None,"), sts.formatted("16Gi", ""));
        Finding f = only(findings, "immutable");
        assertTrue(f.summary().contains("spec.volumeClaimTemplates of StatefulSet data/db"), f.summary());
        assertTrue(f.details().get(0).contains("8Gi → 16Gi"), f.details()::toString);
        assertTrue(f.details().get(1).contains("kubectl delete statefulset db -n data --cascade=orphan"), f.details()::toString);
    }

    @Test
    void rbac_gains_of_secrets_need_attention_and_reordered_verbs_are_no_gain() {
        String role = """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: app}
                rules:
                  - apiGroups: [""]
                    resources: [configmaps%s]
                    verbs: [%s]
                """;
        List<Finding> reordered = check(role.formatted("", "get, list"), role.formatted("", "list, get"));
        assertTrue(reordered.stream().noneMatch(f -> f.check().equals("rbac")), reordered::toString);
        Finding gained = only(check(role.formatted("", "get"), role.formatted(", secrets", "get")), "rbac");
        assertEquals(Severity.ATTENTION, gained.severity());
        assertEquals(List.of("ClusterRole app gains: get \"\"/secrets"), gained.details());
        Finding modest = only(check(role.formatted("", "get"), role.formatted("", "get, watch")), "rbac");
        assertEquals(Severity.INFORMATION, modest.severity());
    }

    @Test
    void removed_apis_block_at_the_cluster_minor_and_need_attention_one_minor_ahead() {
        String pdb = "apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata: {name: app}\n---\n"
                + "apiVersion: flowcontrol.apiserver.k8s.io/v1beta3\nkind: FlowSchema\nmetadata: {name: app}\n";
        List<Finding> findings = check(Rendered.of(pdb), Rendered.of(pdb), ReleaseValues.NONE, "v1.31.2-eks-1", new ArrayList<>());
        List<Finding> apis = findings.stream().filter(f -> f.check().equals("apis")).toList();
        assertEquals(2, apis.size(), findings::toString);
        assertEquals(Severity.BLOCKING, apis.get(0).severity());
        assertTrue(apis.get(0).summary().contains("as policy/v1beta1, which Kubernetes 1.25 no longer serves"), apis.get(0).summary());
        assertTrue(apis.get(0).details().get(0).contains("the current version renders it the same way"), apis.get(0).details()::toString);
        assertEquals(Severity.ATTENTION, apis.get(1).severity());
        assertTrue(apis.get(1).summary().endsWith("so the next minor upgrade of the cluster breaks this release"), apis.get(1).summary());
    }

    @Test
    void a_removed_crd_blocks_a_removed_claim_needs_attention_and_a_kept_one_is_fine() {
        String from = """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: widgets.example.com}
                ---
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: data}
                ---
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: kept, annotations: {helm.sh/resource-policy: keep}}
                """;
        List<Finding> findings = check(from, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
        List<Finding> losses = findings.stream().filter(f -> f.summary().contains("no longer renders")).toList();
        assertEquals(2, losses.size(), findings::toString);
        assertEquals(Severity.BLOCKING, losses.get(0).severity());
        assertTrue(losses.get(0).summary().contains("every custom resource of it is deleted with it"), losses.get(0).summary());
        assertEquals(Severity.ATTENTION, losses.get(1).severity());
        assertTrue(losses.get(1).summary().contains("PersistentVolumeClaim data"), losses.get(1).summary());
        Finding rendered = findings.stream().filter(f -> f.summary().startsWith("rendered with")).findFirst().orElseThrow();
        assertTrue(rendered.summary().endsWith("1 added, 3 removed, 0 changed of 1 object"), rendered.summary());
    }

    @Test
    void a_new_version_helm_refuses_blocks_unless_some_values_were_not_read() {
        String failure = "execution error at (app/templates/deployment.yaml:3:4): auth.password is required";
        Finding f = only(check(Rendered.of("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n"), Rendered.failed(failure),
                ReleaseValues.NONE, "1.30.0", new ArrayList<>()), "rendered");
        assertEquals(Severity.BLOCKING, f.severity());
        assertTrue(f.summary().endsWith("where 1.0.0 renders: " + failure), f.summary());
        ReleaseValues partial = new ReleaseValues(List.of(), List.of("values from Secret app-values"));
        Finding unsure = only(check(Rendered.of("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n"), Rendered.failed(failure),
                partial, "1.30.0", new ArrayList<>()), "rendered");
        assertEquals(Severity.ATTENTION, unsure.severity());
        List<String> notRead = new ArrayList<>();
        assertTrue(check(Rendered.failed("no"), Rendered.failed(failure), ReleaseValues.NONE, "1.30.0", notRead).isEmpty());
        assertTrue(notRead.get(0).startsWith("the rendered manifests: 2.0.0 does not render with the values Steward read") && notRead.get(0).endsWith("and 1.0.0 does not either"), notRead::toString);
    }

    @Test
    void a_templated_crd_that_stops_serving_a_version_the_repository_uses_blocks() {
        String crd = """
                # Source: app/templates/crd.yaml
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: widgets.example.com}
                spec:
                  group: example.com
                  names: {kind: Widget, plural: widgets}
                  scope: Namespaced
                  versions:
                    - {name: v1, served: true, storage: true}
                %s
                """;
        ImpactInput in = Charts.input(chart("app", "1.0.0"), chart("app", "2.0.0"), ReleaseValues.NONE, CrdHandling.helm("Helm"),
                        Map.of("apps/widget.yaml", "apiVersion: example.com/v1beta1\nkind: Widget\nmetadata:\n  name: w\n"))
                .withRenders(new Renders(Rendered.of(crd.formatted("    - {name: v1beta1, served: true, storage: false}")),
                        Rendered.of(crd.formatted("")), cluster("1.30.0"), List.of(), List.of(), List.of()));
        Finding f = only(RenderChecks.check(in, new ArrayList<>()), "crds");
        assertEquals(Severity.BLOCKING, f.severity());
        assertEquals("`widgets.example.com` stops serving v1beta1", f.summary());
        assertTrue(f.details().get(0).contains("apps/widget.yaml:1"), f.details()::toString);
    }

    @Test
    void a_secrets_values_are_never_shown_only_that_they_change() {
        String secret = "apiVersion: v1\nkind: Secret\nmetadata: {name: app}\nstringData: {password: %s}\ndata: {%s}\n";
        Finding f = only(check(secret.formatted("canary-old-s3cret", ""), secret.formatted("canary-new-s3cret", "token: Y2FuYXJ5")), "rendered");
        assertEquals(List.of("changed: Secret app: stringData.password: (a value) → (another value); data.token: (none) → (a value)"),
                f.details());
        assertTrue(!f.toString().contains("canary") && !f.toString().contains("Y2FuYXJ5"), f::toString);
    }

    @Test
    void a_render_steward_gave_up_on_or_one_without_its_dependencies_is_not_read_never_a_finding() {
        Rendered ok = Rendered.of("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
        List<String> notRead = new ArrayList<>();
        assertEquals(List.of(), check(ok, Rendered.notRendered("Helm did not finish rendering within 120 s"), ReleaseValues.NONE, "1.30.0", notRead));
        assertEquals(List.of("the rendered manifests: 2.0.0 did not render (Helm did not finish rendering within 120 s)"), notRead);
        notRead.clear();
        Rendered noCommon = Rendered.failed("template: app/templates/x.yaml:1:3: no template \"common.labels\" associated with template \"gotpl\"");
        assertEquals(List.of(), check(ok, noCommon, ReleaseValues.NONE, cluster("1.30.0"), List.of("common"), notRead));
        assertTrue(notRead.get(0).startsWith("the rendered manifests: 2.0.0 does not render without the dependencies its archive leaves out"
                + " (common): template:"), notRead::toString);
    }

    @Test
    void an_object_pairs_across_renders_whether_its_template_writes_the_release_namespace_or_leaves_it_out() {
        String withNs = deployment("1.0.0", "app: web", "app:1").replace("  name: app\n", "  name: app\n  namespace: apps\n");
        Renders.Target target = new Renders.Target("1.30.0", "the cluster", false, "app", "apps");
        List<Finding> findings = check(Rendered.of(withNs), Rendered.of(deployment("2.0.0", "app: api", "app:1")), ReleaseValues.NONE, target,
                List.of(), new ArrayList<>());
        Finding f = only(findings, "immutable");
        assertTrue(f.summary().contains("spec.selector of Deployment apps/app"), f.summary());
        assertTrue(f.details().get(f.details().size() - 1).contains("kubectl delete deployment app -n apps --cascade=orphan"), f.details()::toString);
        assertTrue(findings.stream().noneMatch(x -> x.summary().contains("no longer renders")), findings::toString);
    }

    @Test
    void objects_of_a_dependency_one_archive_does_not_bundle_are_left_out_of_both_renders() {
        String redis = "---\n# Source: app/charts/redis/templates/pvc.yaml\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: redis}\n";
        String app = deployment("1.0.0", "app: web", "app:1");
        List<Finding> findings = check(Rendered.of(app + redis), Rendered.of(deployment("2.0.0", "app: web", "app:1")), ReleaseValues.NONE,
                cluster("1.30.0"), List.of("redis"), new ArrayList<>());
        assertTrue(findings.stream().noneMatch(x -> x.summary().contains("PersistentVolumeClaim")), findings::toString);
        assertEquals(1, findings.size(), findings::toString);
    }

    @Test
    void a_field_one_render_leaves_out_is_compared_with_the_api_servers_default() {
        String sts = "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\nspec: {selector: {matchLabels: {app: db}}%s}\n---\n"
                + "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: data}\nspec: {accessModes: [ReadWriteOnce]%s}\n---\n"
                + "apiVersion: v1\nkind: Service\nmetadata: {name: db}\nspec: {ports: [{port: 1}]%s}\n";
        assertTrue(check(sts.formatted("", "", ""), sts.formatted(", podManagementPolicy: OrderedReady", "", ", clusterIP: ''")).stream()
                .noneMatch(f -> f.check().equals("immutable")), "the defaults written out change nothing");
        List<Finding> findings = check(sts.formatted("", "", ""), sts.formatted(", podManagementPolicy: Parallel", ", storageClassName: fast",
                ", clusterIP: None"));
        List<Finding> immutable = findings.stream().filter(f -> f.check().equals("immutable")).toList();
        assertEquals(3, immutable.size(), findings::toString);
        assertEquals(Severity.BLOCKING, immutable.get(0).severity());
        assertTrue(immutable.get(0).details().get(0).contains("spec.podManagementPolicy: (none) → Parallel"), immutable.get(0).details()::toString);
        assertEquals(Severity.ATTENTION, immutable.get(1).severity(), "the default storage class may be fast");
        assertTrue(immutable.get(1).summary().contains("changes how spec.storageClassName of PersistentVolumeClaim data is set"), immutable.get(1).summary());
        assertEquals(Severity.BLOCKING, immutable.get(2).severity(), "an allocated address cannot become headless");
    }

    @Test
    void a_binding_that_changes_its_role_and_an_immutable_config_map_that_changes_data_block() {
        String binding = "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: app, namespace: apps}\n"
                + "roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: %s}\n---\n"
                + "apiVersion: v1\nkind: Secret\nmetadata: {name: creds}\nimmutable: true\ndata: {token: %s, user: YWRtaW4=}\n";
        List<Finding> immutable = check(binding.formatted("app-reader", "Y2FuYXJ5LW9sZA=="), binding.formatted("app-editor", "Y2FuYXJ5LW5ldw=="))
                .stream().filter(f -> f.check().equals("immutable")).toList();
        assertEquals(2, immutable.size(), immutable::toString);
        assertTrue(immutable.get(0).summary().contains("changes roleRef of RoleBinding apps/app"), immutable.get(0).summary());
        assertTrue(immutable.get(0).details().get(0).contains("roleRef.name: app-reader → app-editor"), immutable.get(0).details()::toString);
        assertEquals("2.0.0 changes the data of Secret creds, which is immutable: the upgrade fails until it is deleted", immutable.get(1).summary());
        assertEquals("Keys whose value changes: token.", immutable.get(1).details().get(0));
        assertTrue(!immutable.toString().contains("Y2FuYXJ5"), "no secret value is shown");
    }

    @Test
    void removed_apis_only_need_attention_when_the_kubernetes_version_is_stewards_assumption() {
        String pdb = "apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata: {name: app}\n";
        Renders.Target assumed = new Renders.Target("1.34.0", "Steward's default (no cluster was read)", true, "app", null);
        Finding f = only(check(Rendered.of(pdb), Rendered.of(pdb), ReleaseValues.NONE, assumed, List.of(), new ArrayList<>()), "apis");
        assertEquals(Severity.ATTENTION, f.severity());
        assertTrue(f.summary().endsWith("which Kubernetes 1.25 no longer serves; Steward assumed Kubernetes 1.34.0"), f.summary());
        assertTrue(f.details().get(1).startsWith("Steward assumed Kubernetes 1.34.0 (Steward's default (no cluster was read)): set charts"),
                f.details()::toString);
    }

    @Test
    void an_object_the_current_version_renders_at_a_removed_api_needs_the_stored_release_rewritten() {
        String pdb = "apiVersion: %s\nkind: PodDisruptionBudget\nmetadata: {name: app}\n";
        Renders.Target target = new Renders.Target("1.30.0", "the cluster", false, "web", "apps");
        Finding f = only(check(Rendered.of(pdb.formatted("policy/v1beta1")), Rendered.of(pdb.formatted("policy/v1")), ReleaseValues.NONE, target,
                List.of(), new ArrayList<>()), "apis");
        assertEquals(Severity.ATTENTION, f.severity());
        assertEquals("1.0.0 renders PodDisruptionBudget apps/app as policy/v1beta1, removed in Kubernetes 1.25; 2.0.0 moves it to policy/v1,"
                + " but the release Helm stored still holds the removed version", f.summary());
        assertTrue(f.details().get(0).endsWith("helm mapkubeapis web --namespace apps (the helm-mapkubeapis plugin)."), f.details()::toString);
        Renders.Target argo = new Renders.Target("1.30.0", "the cluster", false, "web", "apps", null);
        assertTrue(check(Rendered.of(pdb.formatted("policy/v1beta1")), Rendered.of(pdb.formatted("policy/v1")), ReleaseValues.NONE, argo,
                List.of(), new ArrayList<>()).stream().noneMatch(x -> x.check().equals("apis")), "no Helm release is stored for Argo CD");
    }

    @Test
    void a_statefulset_that_gains_volume_claim_templates_blocks() {
        String sts = "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\nspec: {selector: {matchLabels: {app: db}}%s}\n";
        Finding f = only(check(sts.formatted(""), sts.formatted(", volumeClaimTemplates: [{metadata: {name: data}}]")), "immutable");
        assertEquals(Severity.BLOCKING, f.severity(), "the API server refuses it whatever it had");
    }
}
