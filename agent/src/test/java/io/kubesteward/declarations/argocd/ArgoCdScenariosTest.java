package io.kubesteward.declarations.argocd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.declarations.ScannedRepo;
import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Problem;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgoCdScenariosTest {
    private static final String PODINFO = "apps/podinfo.yaml";
    private static final String MONITORING = "apps/monitoring.yaml";

    @CatalogueEntry(25)
    @Test
    void singleSourceHelmChartFromAnHttpsRepository() {
        ScannedRepo repo = ScannedRepo.scan("argocd-single-source");

        Declaration podinfo = repo.only(PODINFO, "podinfo");
        assertEquals(DeclarationKind.ARGOCD_APPLICATION, podinfo.kind());
        repo.assertVersion(podinfo, "6.5.4");
        repo.assertPackage(podinfo, new PackageRef(SourceKind.HELM_REPOSITORY, "https://stefanprodan.github.io/podinfo", "podinfo"));
    }

    @Test
    void aRepoUrlWithoutSchemeIsAnOciRegistry() {
        ScannedRepo repo = ScannedRepo.scan("argocd-single-source");

        Declaration issuer = repo.only("apps/origin-ca-issuer.yaml", "origin-ca-issuer");
        repo.assertVersion(issuer, "0.5.2");
        repo.assertPackage(issuer, new PackageRef(SourceKind.OCI_CHART, "oci://ghcr.io/cloudflare/origin-ca-issuer-charts", "origin-ca-issuer"));
    }

    @Test
    void imagesInALiteralValuesBlockHaveSpansInTheApplicationFile() {
        ScannedRepo repo = ScannedRepo.scan("argocd-single-source");

        Declaration app = repo.only(PODINFO, "ghcr.io/stefanprodan/podinfo");
        assertEquals(DeclarationKind.HELM_VALUES_IMAGE, app.kind());
        repo.assertVersion(app, "6.5.3");
        assertEquals("\"\"", repo.around(app));
        assertEquals(18, app.span().line());
        repo.assertPackage(app, new PackageRef(SourceKind.DOCKER_IMAGE, "ghcr.io", "stefanprodan/podinfo"));

        Declaration redis = repo.only(PODINFO, "docker.io/library/redis");
        repo.assertVersion(redis, "7.2.4");
        assertEquals("sha256:3134997edb04277814aa51a4175a588d45eb4299272f8eff2307bbf8b39e4d43", redis.currentDigest());
        assertEquals(redis.currentDigest(), redis.digestSpan().cut(repo.content(PODINFO)));

        Declaration busybox = repo.only(PODINFO, "busybox");
        repo.assertVersion(busybox, "1.36");
        repo.assertPackage(busybox, new PackageRef(SourceKind.DOCKER_IMAGE, "docker.io", "library/busybox"));
    }

    @Test
    void stripChompedValuesBlockWithAMapImage() {
        ScannedRepo repo = ScannedRepo.scan("argocd-single-source");

        Declaration image = repo.only("apps/origin-ca-issuer.yaml", "cloudflare/origin-ca-issuer");
        repo.assertVersion(image, "v0.6.1");
        repo.assertPackage(image, new PackageRef(SourceKind.DOCKER_IMAGE, "docker.io", "cloudflare/origin-ca-issuer"));
    }

    @Test
    void aGitSourceIsNoChartButTheImagesInItsValuesAreRead() {
        ScannedRepo repo = ScannedRepo.scan("argocd-single-source");

        List<Declaration> metaphor = repo.declarations().stream().filter(d -> d.file().equals("apps/metaphor.yaml")).toList();
        assertEquals(List.of("ghcr.io/kubefirst/metaphor"), metaphor.stream().map(Declaration::name).toList());
        repo.assertVersion(metaphor.get(0), "1.2.3");
    }

    @CatalogueEntry(31)
    @Test
    void targetRevisionsAreKeptAsWrittenExceptPlaceholders() {
        ScannedRepo repo = ScannedRepo.scan("argocd-single-source");
        String file = "apps/revisions.yaml";

        Declaration vault = repo.only(file, "vault");
        repo.assertSkipped(vault, Code.TEMPLATED);
        assertTrue(vault.skip().detail().contains("placeholder <VAULT_CHART_VERSION>"), vault.skip().detail());
        repo.assertVersion(repo.only(file, "reloader"), "*");
        repo.assertVersion(repo.only(file, "external-dns"), ">=1.14.0 <2.0.0");
        repo.assertPackage(repo.only(file, "external-dns"),
                new PackageRef(SourceKind.HELM_REPOSITORY, "https://kubernetes-sigs.github.io/external-dns", "external-dns"));

        Declaration crossplane = repo.only(file, "crossplane");
        repo.assertSkipped(crossplane, Code.MISSING_VERSION);
        assertNull(crossplane.span());
    }

    @Test
    void foldedValuesAreAProblemAndTheChartIsStillRead() {
        ScannedRepo repo = ScannedRepo.scan("argocd-single-source");

        Problem folded = repo.result().problems().stream()
                .filter(problem -> problem.file().equals("apps/revisions.yaml")).findFirst().orElseThrow();
        assertEquals(50, folded.line());
        assertTrue(folded.message().contains("literal block"), folded.message());
        repo.assertVersion(repo.only("apps/revisions.yaml", "atlantis"), "4.11.2");
        assertTrue(repo.declarations().stream().noneMatch(d -> d.name().contains("runatlantis")));
    }

    @Test
    void multiSourceApplicationReadsEveryChartSource() {
        ScannedRepo repo = ScannedRepo.scan("argocd-multi-source");

        Declaration redis = repo.only(MONITORING, "redis");
        repo.assertVersion(redis, "18.6.1");
        repo.assertPackage(redis, new PackageRef(SourceKind.OCI_CHART, "oci://registry-1.docker.io/bitnamicharts", "redis"));
        Declaration stack = repo.only(MONITORING, "kube-prometheus-stack");
        repo.assertVersion(stack, "56.6.2");
        repo.assertPackage(stack, new PackageRef(SourceKind.OCI_CHART, "oci://ghcr.io/prometheus-community/charts", "kube-prometheus-stack"));
        repo.assertPackage(repo.only(MONITORING, "prometheus-blackbox-exporter"), new PackageRef(SourceKind.HELM_REPOSITORY,
                "https://prometheus-community.github.io/helm-charts", "prometheus-blackbox-exporter"));
        assertEquals(3, repo.declarations().stream().filter(d -> d.kind() == DeclarationKind.ARGOCD_APPLICATION).count());
    }

    @Test
    void valuesObjectImagesTakeTheGlobalRegistry() {
        ScannedRepo repo = ScannedRepo.scan("argocd-multi-source");

        Declaration redis = repo.only(MONITORING, "registry.example.com/bitnami/redis");
        repo.assertVersion(redis, "7.2.4-debian-11-r0");
        repo.assertPackage(redis, new PackageRef(SourceKind.DOCKER_IMAGE, "registry.example.com", "bitnami/redis"));

        Declaration exporter = repo.only(MONITORING, "registry.example.com/bitnami/redis-exporter");
        repo.assertVersion(exporter, "1.56.0-debian-11-r0");
        assertEquals(exporter.currentDigest(), exporter.digestSpan().cut(repo.content(MONITORING)));
    }

    @CatalogueEntry(31)
    @Test
    void applicationSetTemplatesAreReadAndTheirParametersSkipped() {
        ScannedRepo repo = ScannedRepo.scan("argocd-applicationset");
        String file = "appsets/clusters.yaml";

        Declaration nginx = repo.only(file, "ingress-nginx");
        repo.assertSkipped(nginx, Code.TEMPLATED);
        assertTrue(nginx.skip().detail().contains("'{{.version}}'"), nginx.skip().detail());
        repo.assertVersion(nginx, "{{.version}}");

        repo.assertSkipped(repo.only(file, "registry.k8s.io/ingress-nginx/controller"), Code.TEMPLATED);
        repo.assertVersion(repo.only(file, "registry.k8s.io/ingress-nginx/kube-webhook-certgen"), "v20231011-8b53cabe0");

        Declaration certManager = repo.only(file, "cert-manager");
        repo.assertVersion(certManager, "v1.14.4");
        repo.assertPackage(certManager, new PackageRef(SourceKind.HELM_REPOSITORY, "https://charts.jetstack.io", "cert-manager"));

        Declaration trustManager = repo.only(file, "trust-manager");
        repo.assertSkipped(trustManager, Code.TEMPLATED);
        assertTrue(trustManager.skip().detail().startsWith("repoURL"), trustManager.skip().detail());
    }

    @Test
    void crlfKeepsEverySpanExact() {
        ScannedRepo repo = ScannedRepo.scan("argocd-crlf");
        assertTrue(repo.content(PODINFO).contains("\r\n"), "fixture lost its CRLF line endings");

        repo.assertVersion(repo.only(PODINFO, "podinfo"), "6.5.4");
        Declaration app = repo.only(PODINFO, "ghcr.io/stefanprodan/podinfo");
        repo.assertVersion(app, "6.5.3");
        assertEquals(18, app.span().line());
        Declaration redis = repo.only(PODINFO, "docker.io/library/redis");
        repo.assertVersion(redis, "7.2.4");
        assertEquals(redis.currentDigest(), redis.digestSpan().cut(repo.content(PODINFO)));
        repo.assertVersion(repo.only(PODINFO, "busybox"), "1.36");
    }
}
