package io.kubesteward.declarations.flux;

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

class FluxHelmRepositoryScenariosTest {
    private static final String PODINFO_URL = "https://stefanprodan.github.io/podinfo";

    @CatalogueEntry(25)
    @Test
    void helmReleaseFindsItsHelmRepositoryInAnotherFolderByNamespace() {
        ScannedRepo repo = ScannedRepo.scan("flux-namespaced");

        Declaration podinfo = repo.only("apps/podinfo/helmrelease.yaml", "podinfo");
        assertEquals(DeclarationKind.FLUX_HELM_RELEASE, podinfo.kind());
        repo.assertVersion(podinfo, "6.5.4");
        repo.assertPackage(podinfo, new PackageRef(SourceKind.HELM_REPOSITORY, PODINFO_URL, "podinfo"));
        assertEquals(1, repo.declarations().size());
    }

    @Test
    void namespacesAreInferredFromTheNearestKustomizationThatSetsOne() {
        ScannedRepo repo = ScannedRepo.scan("flux-kustomize-namespace");

        Declaration grafana = repo.only("apps/monitoring/grafana/helmrelease.yaml", "grafana");
        repo.assertVersion(grafana, "7.3.11");
        repo.assertPackage(grafana, new PackageRef(SourceKind.HELM_REPOSITORY, "https://grafana.github.io/helm-charts", "grafana"));
    }

    @Test
    void aSourceRefWithoutNamespaceTakesTheOnlyHelmRepositoryOfThatName() {
        ScannedRepo repo = ScannedRepo.scan("flux-kustomize-namespace");

        Declaration echo = repo.only("apps/default/echo/helmrelease.yaml", "echo-server");
        repo.assertPackage(echo, new PackageRef(SourceKind.HELM_REPOSITORY, "https://ealenn.github.io/charts", "echo-server"));
    }

    @Test
    void anOciHelmRepositoryGivesAnOciChart() {
        ScannedRepo repo = ScannedRepo.scan("flux-oci-helmrepository");

        Declaration app = repo.only("clusters/prod/app.yaml", "app-template");
        repo.assertVersion(app, "3.2.1");
        repo.assertPackage(app, new PackageRef(SourceKind.OCI_CHART, "oci://ghcr.io/bjw-s/helm", "app-template"));
    }

    @Test
    void gitRepositoryAndBucketSourcesAreNotVersionedByAChartRepository() {
        ScannedRepo repo = ScannedRepo.scan("flux-unsupported-sources");
        String file = "apps/helmreleases.yaml";

        Declaration fromGit = repo.only(file, "./charts/app");
        repo.assertSkipped(fromGit, Code.UNSUPPORTED_SOURCE);
        assertEquals("chart comes from a GitRepository; not versioned by a chart repository", fromGit.skip().detail());
        Declaration fromBucket = repo.only(file, "charts/other");
        repo.assertSkipped(fromBucket, Code.UNSUPPORTED_SOURCE);
        assertTrue(fromBucket.skip().detail().contains("Bucket"));
    }

    @Test
    void aChartRefToAHelmChartIsSkippedAndAReleaseWithoutChartIsAProblem() {
        ScannedRepo repo = ScannedRepo.scan("flux-unsupported-sources");

        repo.assertSkipped(repo.only("apps/odd-releases.yaml", "shared-chart"), Code.UNSUPPORTED_SOURCE);
        Problem noChart = repo.result().problems().get(0);
        assertEquals("apps/odd-releases.yaml:11:1", noChart.location());
        assertTrue(noChart.message().contains("'no-chart' has neither spec.chart.spec.chart nor spec.chartRef"), noChart.message());
    }

    @CatalogueEntry(25)
    @Test
    void aMissingHelmRepositoryIsNamedInTheSkip() {
        ScannedRepo repo = ScannedRepo.scan("flux-missing-repository");
        String file = "apps/redis/helmrelease.yaml";

        List<Declaration> redis = repo.declarations();
        assertEquals(2, redis.size());
        repo.assertSkipped(redis.get(0), Code.UNKNOWN_REPOSITORY);
        assertEquals("no HelmRepository 'bitnami' in namespace 'flux-system' in this repository", redis.get(0).skip().detail());
        repo.assertVersion(redis.get(0), "18.6.1");
        repo.assertSkipped(redis.get(1), Code.MISSING_VERSION);
        assertNull(redis.get(1).span());
        assertEquals(file, redis.get(1).file());
    }

    @Test
    void everyObjectOfAMultiDocumentFileIsRead() {
        ScannedRepo repo = ScannedRepo.scan("flux-multidoc");
        String file = "clusters/home/apps.yaml";

        assertEquals(List.of("ingress-nginx", "cert-manager"), repo.declarations().stream().map(Declaration::name).toList());
        Declaration ingress = repo.only(file, "ingress-nginx");
        repo.assertVersion(ingress, "4.10.1");
        repo.assertPackage(ingress, new PackageRef(SourceKind.HELM_REPOSITORY, "https://kubernetes.github.io/ingress-nginx", "ingress-nginx"));
        Declaration certManager = repo.only(file, "cert-manager");
        repo.assertVersion(certManager, "v1.14.5");
        repo.assertPackage(certManager, new PackageRef(SourceKind.HELM_REPOSITORY, "https://charts.jetstack.io", "cert-manager"));
        assertEquals(List.of(), repo.result().problems());
    }

    @Test
    void theSameSourceInTwoClusterFoldersResolvesToTheNearestOne() {
        ScannedRepo repo = ScannedRepo.scan("flux-two-clusters");

        assertEquals("https://prod.charts.example.com", repo.only("clusters/prod/apps/helmrelease.yaml", "web").pkg().repository());
        assertEquals("https://staging.charts.example.com", repo.only("clusters/staging/apps/helmrelease.yaml", "web").pkg().repository());
    }

    @Test
    void fluxPostBuildSubstitutionIsSkippedAsTemplated() {
        ScannedRepo repo = ScannedRepo.scan("templated");

        List<Declaration> releases = repo.declarations();
        assertEquals(3, releases.size());
        releases.forEach(release -> repo.assertSkipped(release, Code.TEMPLATED));
        repo.assertVersion(releases.get(0), "${PODINFO_VERSION}");
        assertTrue(releases.get(1).skip().detail().contains("${CLUSTER_NAME}-charts"), releases.get(1).skip().detail());
        assertTrue(releases.get(2).skip().detail().contains("${CHART_MIRROR}"), releases.get(2).skip().detail());
    }
}
