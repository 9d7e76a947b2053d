package io.kubesteward.declarations.helmfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.declarations.ScannedRepo;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelmfileScenariosTest {
    private static final String HELMFILE = "helmfile.yaml";

    @Test
    void repositoriesOfEveryKind() {
        ScannedRepo repo = ScannedRepo.scan("helmfile-repositories");

        Declaration redis = repo.only(HELMFILE, "redis");
        assertEquals(DeclarationKind.HELMFILE_RELEASE, redis.kind());
        repo.assertVersion(redis, "18.6.1");
        repo.assertPackage(redis, new PackageRef(SourceKind.HELM_REPOSITORY, "https://charts.bitnami.com/bitnami", "redis"));

        Declaration podinfo = repo.only(HELMFILE, "podinfo");
        repo.assertVersion(podinfo, "6.5.4");
        assertEquals("\"\"", repo.around(podinfo));
        repo.assertPackage(podinfo, new PackageRef(SourceKind.OCI_CHART, "oci://ghcr.io/stefanprodan/charts", "podinfo"));

        Declaration appTemplate = repo.only(HELMFILE, "app-template");
        repo.assertVersion(appTemplate, "3.2.1");
        repo.assertPackage(appTemplate, new PackageRef(SourceKind.OCI_CHART, "oci://ghcr.io/bjw-s/helm", "app-template"));
    }

    @Test
    void chartsThatNoRepositoryVersionsAreSkippedWithReasons() {
        ScannedRepo repo = ScannedRepo.scan("helmfile-repositories");

        Declaration local = repo.only(HELMFILE, "./charts/local");
        repo.assertSkipped(local, Code.LOCAL_CHART);
        repo.assertVersion(local, "0.1.0");

        Declaration loose = repo.only(HELMFILE, "thing");
        repo.assertSkipped(loose, Code.UNKNOWN_REPOSITORY);
        assertTrue(loose.skip().detail().contains("'nowhere'"), loose.skip().detail());

        Declaration floating = repo.only(HELMFILE, "nginx");
        repo.assertSkipped(floating, Code.MISSING_VERSION);
        assertNull(floating.span());

        Declaration forecastle = repo.only(HELMFILE, "forecastle");
        repo.assertSkipped(forecastle, Code.UNSUPPORTED_SOURCE);
        assertTrue(forecastle.skip().detail().contains("git+https://"), forecastle.skip().detail());

        repo.assertSkipped(repo.only(HELMFILE, "https://example.com/charts/thing-1.0.0.tgz"), Code.UNSUPPORTED_SOURCE);
        assertEquals(List.of("redis", "podinfo", "app-template", "./charts/local", "thing", "nginx", "forecastle",
                "https://example.com/charts/thing-1.0.0.tgz"), repo.declarations().stream().map(Declaration::name).toList());
    }

    @Test
    void everyFileOfHelmfileDIsAHelmfileWithItsOwnRepositories() {
        ScannedRepo repo = ScannedRepo.scan("helmfile-d");

        repo.assertPackage(repo.only("helmfile.d/00-infra.yaml", "cert-manager"),
                new PackageRef(SourceKind.HELM_REPOSITORY, "https://charts.jetstack.io", "cert-manager"));
        Declaration nginx = repo.only("helmfile.d/10-apps.yaml.gotmpl", "ingress-nginx");
        repo.assertVersion(nginx, "4.9.1");
        repo.assertPackage(nginx, new PackageRef(SourceKind.HELM_REPOSITORY, "https://kubernetes.github.io/ingress-nginx", "ingress-nginx"));
        repo.assertSkipped(repo.only("helmfile.d/10-apps.yaml.gotmpl", "trust-manager"), Code.UNKNOWN_REPOSITORY);
    }

    @Test
    void aVersionFromAnEnvironmentValuesFileIsDeclaredWhereTheValueIs() {
        ScannedRepo repo = ScannedRepo.scan("helmfile-environment");

        Declaration nginx = repo.only("env/default.yaml", "ingress-nginx");
        repo.assertVersion(nginx, "4.9.1");
        assertEquals(2, nginx.span().line());
        repo.assertPackage(nginx, new PackageRef(SourceKind.HELM_REPOSITORY, "https://kubernetes.github.io/ingress-nginx", "ingress-nginx"));
        assertTrue(repo.declarations().stream().noneMatch(d -> d.file().equals("helmfile.yaml.gotmpl")), repo.declarations()::toString);
    }

    @Test
    void theLastValuesFileOfTheDefaultEnvironmentWins() {
        ScannedRepo repo = ScannedRepo.scan("helmfile-environment");

        Declaration stack = repo.only("env/overrides.yaml.gotmpl", "kube-prometheus-stack");
        repo.assertVersion(stack, "56.6.2");
        assertEquals("\"\"", repo.around(stack));
        // a *.gotmpl values file is itself a template: its env default is the value
        Declaration certManager = repo.only("env/overrides.yaml.gotmpl", "cert-manager");
        repo.assertVersion(certManager, "v1.14.4");
        repo.assertPackage(certManager, new PackageRef(SourceKind.HELM_REPOSITORY, "https://charts.jetstack.io", "cert-manager"));
    }

    @Test
    void quotedValuesFromTheDefaultsOfABase() {
        ScannedRepo repo = ScannedRepo.scan("helmfile-bases");
        String defaults = "releases/cert-manager/defaults.yaml";

        Declaration certManager = repo.only(defaults, "cert-manager");
        repo.assertVersion(certManager, "v1.0.3");
        assertEquals("\"\"", repo.around(certManager));
        repo.assertPackage(certManager, new PackageRef(SourceKind.HELM_REPOSITORY, "https://charts.jetstack.io", "cert-manager"));
        Declaration raw = repo.only(defaults, "raw");
        repo.assertVersion(raw, "0.2.3");
        repo.assertPackage(raw, new PackageRef(SourceKind.HELM_REPOSITORY, "https://charts.helm.sh/incubator", "raw"));
        assertEquals(List.of(), repo.result().problems());
    }

    @Test
    void crlfHelmfileAndValuesFile() {
        ScannedRepo repo = ScannedRepo.scan("helmfile-crlf");
        assertTrue(repo.content(HELMFILE).contains("\r\n") && repo.content("env/default.yaml").contains("\r\n"),
                "fixture lost its CRLF line endings");

        Declaration redis = repo.only("env/default.yaml", "redis");
        repo.assertVersion(redis, "18.6.1");
        assertEquals(2, redis.span().line());
        assertEquals(12, redis.span().column());
        Declaration nginx = repo.only(HELMFILE, "nginx");
        repo.assertVersion(nginx, "15.4.4");
        assertEquals("\r", repo.content(HELMFILE).substring(nginx.span().end(), nginx.span().end() + 1));
    }
}
