package io.kubesteward.declarations.flux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kubesteward.declarations.ScannedRepo;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.SourceKind;
import org.junit.jupiter.api.Test;

class FluxChartRefScenariosTest {
    private final ScannedRepo repo = ScannedRepo.scan("flux-chartref");

    @Test
    void aChartRefIsDeclaredByTheTagOfItsOciRepository() {
        Declaration podinfo = repo.only("apps/podinfo/ocirepository.yaml", "podinfo");
        assertEquals(DeclarationKind.FLUX_HELM_RELEASE, podinfo.kind());
        repo.assertVersion(podinfo, "6.5.4");
        repo.assertPackage(podinfo, new PackageRef(SourceKind.OCI_CHART, "oci://ghcr.io/stefanprodan/charts", "podinfo"));
    }

    @Test
    void aSemverRefIsAConstraintValue() {
        Declaration cilium = repo.only("apps/cilium/release.yaml", "cilium");
        repo.assertVersion(cilium, ">=1.15.0 <1.16.0");
        repo.assertPackage(cilium, new PackageRef(SourceKind.OCI_CHART, "oci://quay.io/cilium/charts", "cilium"));
    }

    @Test
    void aDigestOnlyRefIsSkipped() {
        Declaration pinned = repo.only("apps/pinned/release.yaml", "pinned");
        repo.assertSkipped(pinned, Code.UNSUPPORTED_SOURCE);
        assertNull(pinned.span());
    }

    @Test
    void aRefWithoutTagFollowsTheLatestAndAMissingOciRepositoryIsNamed() {
        String file = "apps/latest/release.yaml";
        repo.assertSkipped(repo.only(file, "latest"), Code.MISSING_VERSION);
        Declaration nowhere = repo.only(file, "nowhere");
        repo.assertSkipped(nowhere, Code.UNKNOWN_REPOSITORY);
        assertEquals("no OCIRepository 'nowhere' in namespace 'apps' in this repository", nowhere.skip().detail());
    }

    @Test
    void anOciRepositoryNoHelmReleaseTakesAChartFromIsAnArtifactPinnedByItsTag() {
        String file = "flux-system/flux.yaml";
        Declaration manifests = repo.only(file, "ghcr.io/fluxcd/flux-manifests");
        assertEquals(DeclarationKind.FLUX_OCI_REPOSITORY, manifests.kind());
        repo.assertVersion(manifests, "v2.3.0");
        repo.assertPackage(manifests, new PackageRef(SourceKind.DOCKER_IMAGE, "ghcr.io", "fluxcd/flux-manifests"));
        Declaration policies = repo.only(file, "registry.example.com/platform/policies");
        repo.assertSkipped(policies, Code.UNSUPPORTED_SOURCE);
        assertEquals("OCIRepository 'policies' follows the range spec.ref.semver '>=1.0.0': Flux picks the newest matching tag itself",
                policies.skip().detail());
        assertEquals(DeclarationKind.FLUX_HELM_RELEASE, repo.only("apps/podinfo/ocirepository.yaml", "podinfo").kind(),
                "the OCIRepository a HelmRelease's chartRef names stays its chart");
    }
}
