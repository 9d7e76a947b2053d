package io.kubesteward.declarations.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.declarations.DeclarationScanner;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.ReleaseIdentity;
import io.kubesteward.model.ReleaseValues;
import io.kubesteward.model.SetValue;
import io.kubesteward.model.SourceFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each tool's way of giving a release its values, read from the files of a repository as the scanner finds the chart. */
class ReleaseValuesGathererTest {

    private static ReleaseValues gather(Map<String, String> files, String chart) {
        List<SourceFile> sources = files.entrySet().stream().map(e -> new SourceFile(e.getKey(), e.getValue())).toList();
        Declaration d = io.kubesteward.declarations.registry.StandardExtractors.scanner().scan(sources).declarations().stream()
                .filter(x -> x.name().equals(chart) && x.span() != null).findFirst().orElseThrow();
        return new ReleaseValuesGatherer(files).gather(d);
    }

    private static Map<String, String> byPath(ReleaseValues v) {
        return v.effective().stream().collect(Collectors.toMap(SetValue::dotted, s -> s.where() + "=" + s.value(), (a, b) -> b,
                LinkedHashMap::new));
    }

    @Test
    void fluxValuesFromAConfigMapGeneratorThenInlineValuesOnTopAndSecretsOnlyByTheirPath() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("apps/spegel/helmrelease.yaml", """
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata:
                  name: spegel
                spec:
                  chart:
                    spec:
                      chart: spegel
                      version: 0.0.22
                      sourceRef:
                        kind: HelmRepository
                        name: spegel
                  valuesFrom:
                    - kind: ConfigMap
                      name: spegel-helm-values
                    - kind: Secret
                      name: license
                      valuesKey: KEY
                      targetPath: controller.license\\.key
                  values:
                    serviceMonitor:
                      enabled: true
                    replicas: 2
                """);
        files.put("apps/spegel/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [helmrelease.yaml]
                configMapGenerator:
                  - name: spegel-helm-values
                    files:
                      - values.yaml=./values.yaml
                """);
        files.put("apps/spegel/values.yaml", """
                replicas: 1
                spegel:
                  registries: [https://docker.io]
                """);
        files.put("apps/repos.yaml", """
                apiVersion: source.toolkit.fluxcd.io/v1
                kind: HelmRepository
                metadata:
                  name: spegel
                spec:
                  url: https://charts.example.com
                """);
        ReleaseValues values = gather(files, "spegel");
        Map<String, String> got = byPath(values);
        assertEquals("apps/spegel/helmrelease.yaml:23=2", got.get("replicas"));
        assertEquals("apps/spegel/values.yaml:3=[https://docker.io]", got.get("spegel.registries"));
        assertEquals("apps/spegel/helmrelease.yaml:22=true", got.get("serviceMonitor.enabled"));
        SetValue secret = values.effective().stream().filter(v -> v.path().equals(List.of("controller", "license.key")))
                .findFirst().orElseThrow();
        assertTrue(!secret.known());
        assertTrue(values.unresolved().get(0).contains("never reads values from Secrets"), values.unresolved().toString());
    }

    @Test
    void argoValuesObjectTakesThePlaceOfTheValuesStringAndParametersAreTypedAsHelmSetDoes() {
        Map<String, String> files = Map.of("argo/app.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata:
                  name: ingress
                spec:
                  source:
                    repoURL: https://kubernetes.github.io/ingress-nginx
                    chart: ingress-nginx
                    targetRevision: 4.10.1
                    helm:
                      valueFiles: [values-prod.yaml]
                      values: |
                        controller:
                          kind: DaemonSet
                          replicaCount: 2
                      valuesObject:
                        controller:
                          replicaCount: 3
                      parameters:
                        - name: controller.service.type
                          value: NodePort
                        - name: controller.replicaCount
                          value: "4"
                        - name: controller.image.tag
                          value: "1"
                          forceString: true
                """);
        ReleaseValues values = gather(files, "ingress-nginx");
        Map<String, String> got = byPath(values);
        assertEquals(null, got.get("controller.kind"), "valuesObject replaces values");
        assertEquals("argo/app.yaml:22=4", got.get("controller.replicaCount"));
        assertEquals(4L, values.effective().stream().filter(v -> v.dotted().equals("controller.replicaCount")).findFirst().orElseThrow()
                .value());
        assertEquals("1", values.effective().stream().filter(v -> v.dotted().equals("controller.image.tag")).findFirst().orElseThrow()
                .value());
        assertEquals("argo/app.yaml:20=NodePort", got.get("controller.service.type"));
        assertTrue(values.unresolved().get(0).startsWith("valueFiles entry values-prod.yaml (argo/app.yaml:11)"), values.unresolved().toString());
    }

    @Test
    void argoMultiSourceValueFilesFromTheValuesRefAreReadWhenThisRepositoryHasThem() {
        Map<String, String> files = Map.of("argo/app.yaml", """
                apiVersion: argoproj.io/v1alpha1
                kind: Application
                metadata: {name: ingress}
                spec:
                  sources:
                    - repoURL: https://kubernetes.github.io/ingress-nginx
                      chart: ingress-nginx
                      targetRevision: 4.10.1
                      helm:
                        valueFiles: [$values/apps/ingress/values.yaml, $values/apps/ingress/absent.yaml, $other/x.yaml]
                    - repoURL: https://github.com/example/gitops.git
                      targetRevision: main
                      ref: values
                """, "apps/ingress/values.yaml", "controller:\n  replicaCount: 3\n");
        ReleaseValues values = gather(files, "ingress-nginx");
        assertEquals("apps/ingress/values.yaml:2=3", byPath(values).get("controller.replicaCount"));
        assertEquals(2, values.unresolved().size(), values.unresolved()::toString);
        assertTrue(values.unresolved().get(0).startsWith("valueFiles entry $values/apps/ingress/absent.yaml"), values.unresolved()::toString);
        assertTrue(values.unresolved().get(1).startsWith("valueFiles entry $other/x.yaml"), "no source has ref: other");
    }

    @Test
    void helmfileFilesAndInlineValuesWithTemplatedValuesKeptOnlyAsPaths() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("helmfile.yaml", """
                repositories:
                  - name: jetstack
                    url: https://charts.jetstack.io
                releases:
                  - name: other
                    chart: jetstack/other
                    version: 1.0.0
                    values:
                      - other: true
                  - name: cert-manager
                    chart: jetstack/cert-manager
                    version: v1.14.5
                    values:
                      - values/cert-manager.yaml
                      - installCRDs: true
                        replicaCount: {{ .Values.replicas }}
                      - missing.yaml
                """);
        files.put("values/cert-manager.yaml", "prometheus:\n  enabled: false\n");
        ReleaseValues values = gather(files, "cert-manager");
        Map<String, String> got = byPath(values);
        assertEquals("values/cert-manager.yaml:2=false", got.get("prometheus.enabled"));
        assertEquals("helmfile.yaml:15=true", got.get("installCRDs"));
        assertEquals(List.of("prometheus.enabled", "installCRDs", "replicaCount"), List.copyOf(got.keySet()));
        assertTrue(!values.effective().get(2).known());
        assertEquals(2, values.unresolved().size(), values.unresolved().toString());
        assertTrue(values.unresolved().get(1).startsWith("values file missing.yaml (helmfile.yaml:17)"), values.unresolved().toString());
    }

    @Test
    void helmfileSetEntriesComeAfterTheValuesTypedAsHelmSetTypesThem() {
        Map<String, String> files = Map.of("helmfile.yaml", """
                releases:
                  - name: cert-manager
                    chart: jetstack/cert-manager
                    version: v1.14.5
                    values:
                      - replicaCount: 1
                    set:
                      - name: replicaCount
                        value: 2
                      - name: webhook.hostNetwork
                        value: "true"
                      - name: extraArgs
                        values: [--a, --b]
                """);
        ReleaseValues values = gather(files, "cert-manager");
        Map<String, String> got = byPath(values);
        assertEquals("helmfile.yaml:8=2", got.get("replicaCount"), "set: wins over values:");
        assertEquals(2L, values.effective().stream().filter(v -> v.dotted().equals("replicaCount")).findFirst().orElseThrow().value());
        assertEquals(Boolean.TRUE, values.effective().stream().filter(v -> v.dotted().equals("webhook.hostNetwork")).findFirst().orElseThrow()
                .value());
        assertEquals(List.of("set: extraArgs (helmfile.yaml:12) takes a list or a file's content, which Steward does not read"),
                values.unresolved());
    }

    @Test
    void kustomizeValuesFileThenInlineAndUmbrellaValuesUnderTheAlias() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("kust/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                helmCharts:
                  - name: metrics-server
                    repo: https://kubernetes-sigs.github.io/metrics-server/
                    version: 3.12.1
                    valuesFile: ms-values.yaml
                    valuesInline:
                      args: [--kubelet-insecure-tls]
                """);
        files.put("kust/ms-values.yaml", "replicas: 2\n");
        files.put("umbrella/Chart.yaml", """
                apiVersion: v2
                name: platform
                version: 1.0.0
                dependencies:
                  - name: external-dns
                    alias: dns
                    version: 1.14.4
                    repository: https://kubernetes-sigs.github.io/external-dns/
                """);
        files.put("umbrella/values.yaml", "dns:\n  provider: aws\n  global: {region: us}\nother:\n  x: 1\nglobal:\n  region: eu\n");
        assertEquals(Map.of("replicas", "kust/ms-values.yaml:1=2", "args", "kust/kustomization.yaml:9=[--kubelet-insecure-tls]"),
                byPath(gather(files, "metrics-server")));
        assertEquals(Map.of("provider", "umbrella/values.yaml:2=aws", "global.region", "umbrella/values.yaml:7=eu"),
                byPath(gather(files, "external-dns")), "the umbrella's globals over the dependency's own");
    }

    @Test
    void kustomizeValuesMergeDecidesWhetherTheFileOrInlineWinsAndReplaceLeavesTheFileOut() {
        String kustomization = """
                helmCharts:
                  - name: web
                    repo: https://charts.example.com
                    version: 1.0.0
                    valuesFile: values.yaml
                    valuesMerge: %s
                    valuesInline:
                      replicas: 3
                """;
        Map<String, String> files = new LinkedHashMap<>();
        files.put("k/values.yaml", "replicas: 2\nimage: web\n");
        files.put("k/kustomization.yaml", kustomization.formatted("override"));
        assertEquals(Map.of("replicas", "k/kustomization.yaml:8=3", "image", "k/values.yaml:2=web"), byPath(gather(files, "web")));
        files.put("k/kustomization.yaml", kustomization.formatted("merge"));
        assertEquals(Map.of("replicas", "k/values.yaml:1=2", "image", "k/values.yaml:2=web"), byPath(gather(files, "web")),
                "merge: the file's values win, inline only fills gaps");
        files.put("k/kustomization.yaml", kustomization.formatted("replace"));
        assertEquals(Map.of("replicas", "k/kustomization.yaml:8=3"), byPath(gather(files, "web")), "replace: inline alone");
        files.put("k/kustomization.yaml", kustomization.formatted("replace").replace("    valuesInline:\n      replicas: 3\n", ""));
        assertEquals(Map.of("replicas", "k/values.yaml:1=2", "image", "k/values.yaml:2=web"), byPath(gather(files, "web")),
                "without inline values Kustomize passes the file as it is");
        files.put("k/kustomization.yaml", kustomization.formatted("merge").replace("    valuesFile: values.yaml\n", ""));
        assertTrue(gather(files, "web").unresolved().get(0).contains("valuesMerge: merge only fills what the chart's own values.yaml"
                + " leaves unset"), gather(files, "web").unresolved()::toString);
    }

    private static ReleaseIdentity release(Map<String, String> files, String chart) {
        List<SourceFile> sources = files.entrySet().stream().map(e -> new SourceFile(e.getKey(), e.getValue())).toList();
        Declaration d = io.kubesteward.declarations.registry.StandardExtractors.scanner().scan(sources).declarations().stream()
                .filter(x -> x.name().equals(chart) && x.span() != null).findFirst().orElseThrow();
        return new ReleaseValuesGatherer(files).release(d);
    }

    private static final String FLUX = """
            apiVersion: helm.toolkit.fluxcd.io/v2
            kind: HelmRelease
            metadata: {name: podinfo, namespace: flux-system}
            spec:
              %s
              chart:
                spec:
                  chart: podinfo
                  version: 6.5.0
                  sourceRef: {kind: HelmRepository, name: podinfo}
            """;
    private static final String FLUX_REPO = "apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\n"
            + "metadata: {name: podinfo, namespace: flux-system}\nspec: {url: https://stefanprodan.github.io/podinfo}\n";
    private static final String ARGO = """
            apiVersion: argoproj.io/v1alpha1
            kind: Application
            metadata: {name: dns, namespace: argocd}
            spec:
              destination: {namespace: external-dns}
              source:
                repoURL: https://kubernetes-sigs.github.io/external-dns
                chart: external-dns
                targetRevision: 1.14.4
                helm: {%s}
            """;

    @Test
    void fluxAndArgoSettingsThatTurnOffSchemaValidationAreNamed() {
        Map<String, String> off = Map.of("hr.yaml", FLUX.formatted("upgrade: {disableSchemaValidation: true}"), "repo.yaml", FLUX_REPO);
        assertEquals("spec.upgrade.disableSchemaValidation: true in hr.yaml", gather(off, "podinfo").schemaSkipped());
        Map<String, String> on = Map.of("hr.yaml", FLUX.formatted("upgrade: {disableSchemaValidation: false}"), "repo.yaml", FLUX_REPO);
        assertEquals(null, gather(on, "podinfo").schemaSkipped());
        assertEquals("helm.skipSchemaValidation: true in app.yaml", gather(Map.of("app.yaml", ARGO.formatted("skipSchemaValidation: true")),
                "external-dns").schemaSkipped());
    }

    @Test
    void eachToolNamesItsReleaseAsItDoes() {
        String flux = FLUX;
        String repo = FLUX_REPO;
        assertEquals(new ReleaseIdentity("podinfo", "flux-system"), release(Map.of("hr.yaml", flux.formatted(""), "repo.yaml", repo), "podinfo"));
        assertEquals(new ReleaseIdentity("apps-podinfo", "apps"),
                release(Map.of("hr.yaml", flux.formatted("targetNamespace: apps"), "repo.yaml", repo), "podinfo"));
        assertEquals(new ReleaseIdentity("web", "apps"),
                release(Map.of("hr.yaml", flux.formatted("targetNamespace: apps\n  releaseName: web"), "repo.yaml", repo), "podinfo"));
        assertEquals(new ReleaseIdentity("observability-platform-production-eu-wes-3f0cb633e0f2", "observability-platform-production-eu-west-1a-blue"),
                release(Map.of("hr.yaml", flux.formatted("targetNamespace: observability-platform-production-eu-west-1a-blue"), "repo.yaml", repo),
                        "podinfo"), "past 53 characters, as helm-controller shortens it");
        assertEquals(new ReleaseIdentity("external-dns-main", "external-dns"),
                release(Map.of("app.yaml", ARGO.formatted("releaseName: external-dns-main")), "external-dns"));
    }
}
