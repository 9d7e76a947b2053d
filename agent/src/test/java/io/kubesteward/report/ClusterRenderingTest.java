package io.kubesteward.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.addons.AddonDefinition;
import io.kubesteward.addons.AddonStatus;
import io.kubesteward.addons.ClusterFindings;
import io.kubesteward.addons.FoundAddon;
import io.kubesteward.addons.ImageName;
import io.kubesteward.addons.Running;
import io.kubesteward.addons.VersionVerdict;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SourceKind;
import io.kubesteward.model.Span;
import io.kubesteward.model.UnreadableResource;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's cluster sections (add-ons, drift, what could not be read) in every format, against golden files. */
class ClusterRenderingTest {
    private static final PackageRef JETSTACK = new PackageRef(SourceKind.HELM_REPOSITORY, "https://charts.jetstack.io", "cert-manager");

    static Report report() {
        AddonDefinition certManager = new AddonDefinition("cert-manager", "cert-manager, X.509 certificates", List.of(), List.of(),
                List.of("cert-manager"), null, JETSTACK, null, false, null);
        AddonDefinition coredns = new AddonDefinition("coredns", "CoreDNS", List.of("registry.k8s.io/coredns/coredns"), List.of(), List.of(),
                null, null, AddonDefinition.image("registry.k8s.io/coredns/coredns"), false,
                "Managed by <b>EKS</b> | pin it in Terraform, cc @platform-team");
        Declaration dependency = new Declaration("platform/Chart.yaml", DeclarationKind.CHART_DEPENDENCY, "cert-manager", "v1.14.5",
                new Span(0, 7, 12, 14), JETSTACK, null);
        FoundAddon foundCertManager = new FoundAddon(certManager, "platform", "cert-manager", "v1.14.4", null, null,
                List.of("Deployment platform/platform-cert-manager"));
        FoundAddon foundCoredns = new FoundAddon(coredns, "kube-system", null, null, ImageName.parse("registry.k8s.io/coredns/coredns:v1.11.1"),
                null, List.of("Deployment kube-system/coredns"));
        ClusterFindings findings = new ClusterFindings(List.of(
                AddonStatus.of(foundCertManager, Running.of(foundCertManager), List.of(dependency), JETSTACK,
                        new VersionVerdict("update", "v1.15.3", "v1.15.3", null, List.of("steward/chart/cert-manager"))),
                AddonStatus.of(foundCoredns, Running.of(foundCoredns), List.of(), Running.of(foundCoredns).source(),
                        new VersionVerdict("held-back", "v1.11.1", "v1.12.0", "v1.12.0 is a minor update; the rules allow patch only",
                                List.of()))),
                List.of(new io.kubesteward.addons.DriftEntry("podinfo", "chart", "6.5.0", List.of("clusters/prod/apps/podinfo.yaml:10"), "6.4.0",
                        List.of("Flux HelmRelease apps/podinfo", "Helm release apps/podinfo revision 6"),
                        "Ready False (UpgradeFailed): Helm upgrade failed for release apps/podinfo with chart podinfo@6.5.0: context deadline exceeded")),
                List.of(new UnreadableResource("Pod", "apps", UnreadableResource.Reason.FORBIDDEN,
                                "list pods in namespace apps is forbidden: grant verb list on pods in namespace apps"),
                        new UnreadableResource("VerticalPodAutoscaler", null, UnreadableResource.Reason.NOT_INSTALLED,
                                "the VerticalPodAutoscaler CRD (autoscaling.k8s.io/v1) is not installed")));
        return ClusterEntries.add(ReportFixture.report(), findings);
    }

    private static String render(String format) throws IOException {
        StringWriter out = new StringWriter();
        Renderers.named(format).render(report(), out);
        return out.toString();
    }

    @Test
    void table_matches_golden() throws IOException {
        Goldens.assertMatches("cluster-table.txt", render("table"));
    }

    @Test
    void markdown_matches_golden_and_neutralises_catalogue_text() throws IOException {
        String markdown = render("markdown");
        Goldens.assertMatches("cluster-report.md", markdown);
        assertFalse(markdown.contains("<b>"), "HTML from the catalogue is not passed through");
        assertFalse(markdown.contains(" @platform-team"), "no mentions");
    }

    @Test
    void json_matches_golden() throws IOException {
        Goldens.assertMatches("cluster-report.json", render("json"));
    }

    @Test
    void a_report_without_a_cluster_is_left_as_it_is() {
        Report plain = ReportFixture.report();
        assertTrue(ClusterEntries.add(plain, null) == plain);
    }
}
