package io.kubesteward.declarations.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.declarations.DeclarationScanner;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.SourceFile;
import io.kubesteward.model.ValuesTarget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where each tool's release gets a values key written: where it is set, beside its siblings, or in the block the tool reads last. */
class ValuesTargetsTest {
    private static final String FLUX = """
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata: {name: web, namespace: apps}
            spec:
              chart:
                spec:
                  chart: web
                  version: 1.0.0
                  sourceRef: {kind: HelmRepository, name: charts, namespace: flux-system}
            %s""";
    private static final String REPO = "apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\n"
            + "metadata: {name: charts, namespace: flux-system}\nspec: {url: https://charts.example.com}\n";

    private static ValuesTarget target(Map<String, String> files, String chart, String path) {
        List<SourceFile> sources = files.entrySet().stream().map(e -> new SourceFile(e.getKey(), e.getValue())).toList();
        return target(files, chart, path, 0);
    }

    /** For the {@code nth} declaration of {@code chart}, with every chart declaration of the files as a reader. */
    private static ValuesTarget target(Map<String, String> files, String chart, String path, int nth) {
        List<SourceFile> sources = files.entrySet().stream().map(e -> new SourceFile(e.getKey(), e.getValue())).toList();
        List<Declaration> all = io.kubesteward.declarations.registry.StandardExtractors.scanner().scan(sources).declarations().stream()
                .filter(x -> x.kind().chart() && x.span() != null).toList();
        Declaration d = all.stream().filter(x -> x.name().equals(chart)).skip(nth).findFirst().orElseThrow();
        return new ReleaseValuesGatherer(files).target(d, List.of(path.split("\\.")), all);
    }

    private static Map<String, String> flux(String tail) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("hr.yaml", FLUX.formatted(tail));
        files.put("repo.yaml", REPO);
        return files;
    }

    @Test
    void a_flux_release_writes_in_spec_values_in_place_added_or_created() {
        ValuesTarget set = target(flux("  values:\n    resources:\n      requests: {cpu: 100m}\n"), "web", "resources.requests.cpu");
        assertTrue(set.set());
        assertEquals("spec.values of hr.yaml", set.block().shown());
        assertEquals(12, set.line());
        ValuesTarget added = target(flux("  values:\n    replicas: 2\n"), "web", "resources.requests.cpu");
        assertFalse(added.set());
        assertTrue(added.block().exists());
        ValuesTarget created = target(flux(""), "web", "resources.requests.cpu");
        assertEquals(List.of("values"), created.block().create());
    }

    @Test
    void a_value_from_a_configmap_is_not_edited_and_a_secret_before_spec_values_does_not_stop_it() {
        Map<String, String> files = flux("  valuesFrom:\n    - {kind: ConfigMap, name: web-values}\n");
        files.put("cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web-values, namespace: apps}\n"
                + "data:\n  values.yaml: |\n    resources:\n      requests: {cpu: 100m}\n");
        ValuesTarget refused = target(files, "web", "resources.requests.cpu");
        assertFalse(refused.writable());
        assertTrue(refused.refused().contains("values from ConfigMap web-values"), refused.refused());
        ValuesTarget secret = target(flux("  valuesFrom:\n    - {kind: Secret, name: web-secret}\n"), "web", "resources.requests.cpu");
        assertTrue(secret.writable(), secret::toString);
        assertEquals(List.of("values"), secret.block().create());
    }

    @Test
    void argo_cd_writes_in_the_value_file_that_sets_the_key_or_its_siblings_and_refuses_parameters() {
        String app = """
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata: {name: web, namespace: argocd}
                spec:
                  destination: {namespace: apps}
                  sources:
                    - repoURL: https://charts.example.com
                      chart: web
                      targetRevision: 1.0.0
                      helm:
                        valueFiles: [$values/web/values.yaml, $values/web/prod.yaml]
                        %s
                    - {repoURL: https://git.example.com/gitops.git, ref: values}
                """;
        Map<String, String> files = new LinkedHashMap<>();
        files.put("app.yaml", app.formatted(""));
        files.put("web/values.yaml", "resources:\n  requests:\n    cpu: 100m\n");
        files.put("web/prod.yaml", "replicas: 3\n");
        assertEquals("web/values.yaml", target(files, "web", "resources.requests.cpu").block().file());
        assertEquals("web/values.yaml", target(files, "web", "resources.limits.memory").block().file());
        assertEquals("web/prod.yaml", target(files, "web", "nodeSelector.zone").block().file());
        files.put("app.yaml", app.formatted("parameters: [{name: resources.requests.cpu, value: 200m}]"));
        assertTrue(target(files, "web", "resources.requests.cpu").refused().contains("helm.parameters resources.requests.cpu"));
    }

    @Test
    void a_helmfile_release_without_any_values_entry_is_refused_with_what_to_add() {
        String helmfile = """
                repositories: [{name: charts, url: https://charts.example.com}]
                releases:
                  - name: web
                    namespace: apps
                    chart: charts/web
                    version: 1.0.0
                """;
        ValuesTarget t = target(Map.of("helmfile.yaml", helmfile), "web", "resources.requests.cpu");
        assertFalse(t.writable());
        assertTrue(t.refused().contains("add one (a values file or inline values)"), t.refused());
    }

    @Test
    void kustomize_creates_values_inline_when_none_is_written() {
        String kustomization = """
                helmCharts:
                  - name: web
                    repo: https://charts.example.com
                    version: 1.0.0
                    releaseName: web
                """;
        ValuesTarget t = target(Map.of("kustomization.yaml", kustomization), "web", "resources.requests.cpu");
        assertEquals(List.of("valuesInline"), t.block().create());
        assertEquals("valuesInline of kustomization.yaml", t.block().shown());
    }

    @Test
    void kustomize_with_values_merge_writes_where_the_value_wins_and_refuses_inline_beneath_the_charts_defaults() {
        String kustomization = """
                helmCharts:
                  - name: web
                    repo: https://charts.example.com
                    version: 1.0.0
                    valuesFile: values.yaml
                    valuesMerge: merge
                    valuesInline:
                      resources:
                        requests: {memory: 1Gi}
                """;
        Map<String, String> files = new LinkedHashMap<>();
        files.put("values.yaml", "resources:\n  requests:\n    cpu: 100m\n    memory: 2Gi\n");
        files.put("kustomization.yaml", kustomization);
        assertEquals("values.yaml", target(files, "web", "resources.requests.memory").block().shown(), "set in both: the file's wins");
        files.put("kustomization.yaml", kustomization.replace("merge", "replace"));
        assertEquals("valuesInline of kustomization.yaml", target(files, "web", "resources.requests.memory").block().shown(),
                "replace: the file is not read");
        files.put("kustomization.yaml", kustomization.replace("merge", "replace").replace("    valuesInline:\n      resources:\n"
                + "        requests: {memory: 1Gi}\n", ""));
        ValuesTarget replaced = target(files, "web", "resources.requests.cpu");
        assertTrue(replaced.writable() && replaced.block().file().equals("values.yaml"),
                "without inline values, replace does not apply and the file is read: " + replaced);
        ValuesTarget notCreated = target(files, "web", "resources.limits.cpu");
        assertEquals("values.yaml", notCreated.block().file(), "added beside its siblings, never in a valuesInline that would drop the file");
        files.remove("values.yaml");
        ValuesTarget refused = target(files, "web", "resources.limits.cpu");
        assertTrue(refused.refused().contains("valuesInline with valuesMerge: replace would replace valuesFile as a whole"),
                refused.toString());
        files.put("kustomization.yaml", kustomization.replace("    valuesFile: values.yaml\n", ""));
        ValuesTarget t = target(files, "web", "resources.requests.cpu");
        assertFalse(t.writable());
        assertTrue(t.refused().contains("set valuesMerge: override"), t.refused());
    }

    @Test
    void a_value_file_two_applications_read_is_not_written_for_one_of_them() {
        String app = """
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata: {name: %s, namespace: argocd}
                spec:
                  destination: {namespace: %s}
                  sources:
                    - repoURL: https://charts.example.com
                      chart: web
                      targetRevision: 1.0.0
                      helm:
                        valueFiles: [$values/common/web.yaml%s]
                    - {repoURL: https://git.example.com/gitops.git, ref: values}
                """;
        Map<String, String> files = new LinkedHashMap<>();
        files.put("common/web.yaml", "resources:\n  requests:\n    cpu: 100m\n");
        files.put("prod/web.yaml", "replicas: 3\n");
        files.put("apps/a.yaml", app.formatted("a", "a", ", $values/prod/web.yaml"));
        files.put("apps/b.yaml", app.formatted("b", "b", ""));
        ValuesTarget own = target(files, "web", "resources.requests.cpu", 0);
        assertEquals("prod/web.yaml", own.block().file(), "overridden in the release's own file read after the shared one");
        assertFalse(own.set());
        ValuesTarget created = target(files, "web", "resources.requests.cpu", 1);
        assertEquals("helm.valuesObject of apps/b.yaml", created.block().shown(), "or in a valuesObject of its own");
        assertEquals("common/web.yaml", target(Map.of("common/web.yaml", files.get("common/web.yaml"), "apps/b.yaml", files.get("apps/b.yaml")),
                "web", "resources.requests.cpu").block().file(), "read by one release only, it is written in place");
    }
}
