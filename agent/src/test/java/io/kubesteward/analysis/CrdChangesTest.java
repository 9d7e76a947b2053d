package io.kubesteward.analysis;

import static io.kubesteward.analysis.Charts.chart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.model.CrdHandling;
import io.kubesteward.model.ReleaseValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrdChangesTest {
    private static String crd(String versions) {
        return """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata:
                  name: dnsendpoints.externaldns.k8s.io
                spec:
                  group: externaldns.k8s.io
                  names:
                    kind: DNSEndpoint
                    plural: dnsendpoints
                  scope: Namespaced
                  versions:
                """ + versions;
    }

    private static final String ALPHA_STORED = """
                - name: v1alpha1
                  served: true
                  storage: true
                - name: v1
                  served: true
                  storage: false
            """;
    private static final String V1_ONLY = """
                - name: v1
                  served: true
                  storage: true
            """;
    private static final Charts OLD = chart("external-dns", "1.14.4").file("crds/dnsendpoint.yaml", crd(ALPHA_STORED));
    private static final Charts NEW = chart("external-dns", "1.21.1").file("crds/dnsendpoints.externaldns.k8s.io.yaml", crd(V1_ONLY))
            .file("crds/other.yaml", crd(V1_ONLY).replace("dnsendpoints.externaldns", "records.externaldns")
                    .replace("DNSEndpoint", "Record").replace("plural: dnsendpoints", "plural: records"));

    private static List<Finding> crdFindings(CrdHandling handling, Map<String, String> repo) {
        return ImpactAnalysis.analyse(Charts.input(OLD, NEW, ReleaseValues.NONE, handling, repo)).findings().stream()
                .filter(f -> f.check().equals("crds")).toList();
    }

    @Test
    void aVersionThatStopsBeingServedWhileTheRepositoryHasObjectsOfItBlocks() {
        Map<String, String> repo = Map.of("dns/records.yaml", """
                apiVersion: v1
                kind: ConfigMap
                ---
                apiVersion: externaldns.k8s.io/v1alpha1
                kind: DNSEndpoint
                metadata:
                  name: home
                """);
        CrdHandling argo = new CrdHandling(CrdHandling.Mode.UPGRADED, "Argo CD renders the chart with its CRDs and applies them on every sync");
        List<Finding> found = crdFindings(argo, repo);
        Finding versions = found.get(0);
        assertEquals(Severity.BLOCKING, versions.severity());
        assertEquals(Severity.ATTENTION, crdFindings(CrdHandling.helm("Helm"), repo).get(0).severity(),
                "a tool that leaves the CRD alone does not break those objects with the merge");
        assertEquals("`dnsendpoints.externaldns.k8s.io` stops serving v1alpha1", versions.summary());
        assertTrue(versions.details().get(0).contains("the repository has objects of it: dns/records.yaml:4 — move them to v1 first"),
                versions.details().toString());
        assertTrue(versions.details().get(1).startsWith("the storage version moves from v1alpha1 to v1"), versions.details().toString());
    }

    @Test
    void whenNobodyUpgradesCrdsTheFindingGivesTheCommandThatApplies() {
        List<Finding> found = crdFindings(CrdHandling.helm("Helm"), Map.of());
        assertEquals(Severity.ATTENTION, found.get(0).severity(), found.toString());
        Finding applied = found.get(1);
        assertEquals(Severity.ATTENTION, applied.severity());
        assertEquals("1.21.1 has 1 new and 1 changed CRDs in crds/ that nobody applies: Helm installs a chart's crds/ only when the"
                + " release is first installed and never upgrades them", applied.summary());
        assertEquals("apply them before merging: `helm show crds --repo https://charts.example.com external-dns --version 1.21.1"
                + " | kubectl apply --server-side --force-conflicts -f -`", applied.details().get(applied.details().size() - 1));
    }

    @Test
    void aToolThatAppliesCrdsOnEverySyncMakesTheChangeInformation() {
        CrdHandling argo = new CrdHandling(CrdHandling.Mode.UPGRADED, "Argo CD renders the chart with its CRDs and applies them on every sync");
        Finding applied = crdFindings(argo, Map.of()).get(1);
        assertEquals(Severity.INFORMATION, applied.severity());
        assertTrue(applied.summary().endsWith("Argo CD renders the chart with its CRDs and applies them on every sync"));
    }

    @Test
    void unchangedCrdsGiveNothingAndRemovedOnesAreInformation() {
        assertEquals(List.of(), ImpactAnalysis.analyse(Charts.input(OLD, OLD, ReleaseValues.NONE, CrdHandling.helm("Helm"), Map.of()))
                .findings());
        Charts none = chart("external-dns", "2.0.0");
        Finding removed = ImpactAnalysis.analyse(Charts.input(OLD, none, ReleaseValues.NONE, CrdHandling.helm("Helm"), Map.of()))
                .findings().get(0);
        assertEquals(Severity.INFORMATION, removed.severity());
        assertTrue(removed.summary().contains("no longer ships `dnsendpoints.externaldns.k8s.io`"), removed.summary());
    }

    @Test
    void crdsOfADependencyTheReleaseDisablesAreNotTheReleases() {
        String chartYaml = "apiVersion: v2\nname: stack\nversion: %s\ndependencies:\n  - name: crds\n    version: 0.0.0\n"
                + "    condition: crds.enabled\n";
        Charts old = chart("stack", "59.1.0").file("Chart.yaml", chartYaml.formatted("59.1.0")).file("values.yaml", "crds:\n  enabled: true\n")
                .file("charts/crds/crds/dns.yaml", crd(ALPHA_STORED));
        Charts fresh = chart("stack", "88.5.3").file("Chart.yaml", chartYaml.formatted("88.5.3")).file("values.yaml", "crds:\n  enabled: true\n")
                .file("charts/crds/crds/dns.yaml", crd(V1_ONLY));
        List<Finding> enabled = ImpactAnalysis.analyse(Charts.input(old, fresh, ReleaseValues.NONE, CrdHandling.helm("Helm"), Map.of()))
                .findings().stream().filter(f -> f.check().equals("crds")).toList();
        assertEquals(2, enabled.size(), enabled.toString());
        List<Finding> disabled = ImpactAnalysis.analyse(Charts.input(old, fresh, Charts.values("crds.enabled", false, 40),
                CrdHandling.helm("Helm"), Map.of())).findings().stream().filter(f -> f.check().equals("crds")).toList();
        assertEquals(List.of(), disabled);
    }
}
