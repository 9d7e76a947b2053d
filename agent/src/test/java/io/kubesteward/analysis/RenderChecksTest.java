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

    private static List<Finding> check(Rendered from, Rendered to, ReleaseValues values, String kube, List<String> notRead) {
        ImpactInput in = Charts.input(chart("app", "1.0.0"), chart("app", "2.0.0"), values, CrdHandling.helm("Helm"), Map.of())
                .withRenders(new Renders(from, to, kube, "the cluster", REMOVALS, List.of()));
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
        assertTrue(notRead.get(0).startsWith("the rendered manifests: neither version renders"), notRead::toString);
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
                        Rendered.of(crd.formatted("")), "1.30.0", "the cluster", List.of(), List.of()));
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
}
