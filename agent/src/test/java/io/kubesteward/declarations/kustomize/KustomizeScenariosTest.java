package io.kubesteward.declarations.kustomize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.declarations.ScannedRepo;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.SourceKind;
import org.junit.jupiter.api.Test;

class KustomizeScenariosTest {
    private static final String BASE = "base/kustomization.yaml";
    private final ScannedRepo repo = ScannedRepo.scan("kustomize-basic");

    private static PackageRef image(String registry, String path) {
        return new PackageRef(SourceKind.DOCKER_IMAGE, registry, path);
    }

    @Test
    void helmChartsFromHttpAndOciRepositories() {
        Declaration ingress = repo.only(BASE, "ingress-nginx");
        assertEquals(DeclarationKind.KUSTOMIZE_HELM_CHART, ingress.kind());
        repo.assertVersion(ingress, "4.10.1");
        repo.assertPackage(ingress, new PackageRef(SourceKind.HELM_REPOSITORY, "https://kubernetes.github.io/ingress-nginx", "ingress-nginx"));

        Declaration podinfo = repo.only(BASE, "podinfo");
        repo.assertVersion(podinfo, "6.5.4");
        repo.assertPackage(podinfo, new PackageRef(SourceKind.OCI_CHART, "oci://ghcr.io/stefanprodan/charts", "podinfo"));
    }

    @Test
    void aChartWithoutVersionOrRepoIsSkippedWithTheReason() {
        Declaration floating = repo.only(BASE, "floating");
        repo.assertSkipped(floating, Code.MISSING_VERSION);
        assertNull(floating.span());
        Declaration vendored = repo.only(BASE, "vendored");
        repo.assertSkipped(vendored, Code.LOCAL_CHART);
        assertTrue(vendored.skip().detail().contains("chartHome"), vendored.skip().detail());
    }

    @Test
    void imagesInValuesInlineAreHelmValuesImages() {
        Declaration backend = repo.only(BASE, "registry.k8s.io/defaultbackend-amd64");
        assertEquals(DeclarationKind.HELM_VALUES_IMAGE, backend.kind());
        repo.assertVersion(backend, "1.5");
        repo.assertPackage(backend, image("registry.k8s.io", "defaultbackend-amd64"));
    }

    @Test
    void imagesOverridesByNewTagNewNameAndDigest() {
        Declaration nginx = repo.only(BASE, "nginx");
        assertEquals(DeclarationKind.KUSTOMIZE_IMAGE, nginx.kind());
        repo.assertVersion(nginx, "1.25.3");
        repo.assertPackage(nginx, image("docker.io", "library/nginx"));

        Declaration app = repo.only(BASE, "ghcr.io/acme/app");
        repo.assertVersion(app, "v2.0.1");
        repo.assertPackage(app, image("ghcr.io", "acme/app"));
        assertEquals("sha256:6bf689ff6269e27293e1bf1cec03a965cd0c3d89d9c193e4b0b9275687fc9d63", app.currentDigest());
        assertEquals(app.currentDigest(), app.digestSpan().cut(repo.content(BASE)));
    }

    @Test
    void aRenameAloneIsNoVersionAndADigestAloneIsPinned() {
        Declaration renamed = repo.only(BASE, "registry.example.com/mirror/redis");
        repo.assertSkipped(renamed, Code.NOT_A_VERSION);
        assertTrue(renamed.skip().detail().contains("renames"), renamed.skip().detail());

        Declaration postgres = repo.only(BASE, "postgres");
        assertNull(postgres.currentValue());
        assertEquals(postgres.currentDigest(), postgres.digestSpan().cut(repo.content(BASE)));
        repo.assertPackage(postgres, image("docker.io", "library/postgres"));
    }

    @Test
    void aNewTagCarryingADigestAndASubstitutedNewTag() {
        Declaration busybox = repo.only(BASE, "busybox");
        repo.assertVersion(busybox, "1.36");
        assertEquals(busybox.currentDigest(), busybox.digestSpan().cut(repo.content(BASE)));
        repo.assertSkipped(repo.only(BASE, "substituted"), Code.TEMPLATED);
    }

    @Test
    void aKustomizationFileWithoutExtensionAndFluxKustomizationImages() {
        Declaration overlay = repo.only("overlays/prod/Kustomization", "ghcr.io/acme/nginx");
        repo.assertVersion(overlay, "1.26.0");
        repo.assertPackage(overlay, image("ghcr.io", "acme/nginx"));

        Declaration flux = repo.only("clusters/apps.yaml", "ghcr.io/stefanprodan/podinfo");
        assertEquals(DeclarationKind.KUSTOMIZE_IMAGE, flux.kind());
        repo.assertVersion(flux, "6.5.4");
    }

    @Test
    void crlfAndAnEmojiCommentBeforeTheValues() {
        ScannedRepo crlf = ScannedRepo.scan("kustomize-crlf");
        String file = "kustomization.yaml";
        assertTrue(crlf.content(file).contains("\r\n"), "fixture lost its CRLF line endings");

        Declaration nginx = crlf.only(file, "nginx");
        crlf.assertVersion(nginx, "1.25.3");
        assertEquals(nginx.currentDigest(), nginx.digestSpan().cut(crlf.content(file)));
        assertEquals(6, nginx.span().line());
        assertEquals(13, nginx.span().column());
        crlf.assertVersion(crlf.only(file, "podinfo"), "6.5.4");
    }
}
