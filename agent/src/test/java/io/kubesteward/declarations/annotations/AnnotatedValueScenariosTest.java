package io.kubesteward.declarations.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.declarations.ScannedRepo;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Problem;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatedValueScenariosTest {
    private static final String VERSIONS = "config/versions.yaml";
    private static final String CENTRAL = "https://repo.maven.apache.org/maven2";
    private final ScannedRepo repo = ScannedRepo.scan("annotations-basic");

    @Test
    void aHelmAnnotationNeedsItsRepository() {
        Declaration certManager = repo.only(VERSIONS, "cert-manager");
        assertEquals(DeclarationKind.ANNOTATED_VALUE, certManager.kind());
        repo.assertVersion(certManager, "v1.14.5");
        repo.assertPackage(certManager, new PackageRef(SourceKind.HELM_REPOSITORY, "https://charts.jetstack.io", "cert-manager"));
        assertNull(certManager.versioning());

        Declaration oci = repo.only(VERSIONS, "app");
        repo.assertVersion(oci, "1.0.0");
        repo.assertPackage(oci, new PackageRef(SourceKind.OCI_CHART, "oci://ghcr.io/acme/charts", "app-chart"));

        repo.assertSkipped(repo.only(VERSIONS, "nowhere"), Code.UNKNOWN_REPOSITORY);
    }

    @Test
    void theStewardMarkerQuotedValuesAndVersioning() {
        Declaration bar = repo.only(VERSIONS, "ghcr.io/acme/bar");
        repo.assertVersion(bar, "1.2.3");
        assertEquals("\"\"", repo.around(bar));
        assertEquals("semver", bar.versioning());
        repo.assertPackage(bar, new PackageRef(SourceKind.DOCKER_IMAGE, "ghcr.io", "acme/bar"));

        Declaration driver = repo.only(VERSIONS, "org.postgresql:postgresql");
        repo.assertVersion(driver, "42.7.3");
        assertEquals("''", repo.around(driver));
        repo.assertPackage(driver, new PackageRef(SourceKind.MAVEN_ARTIFACT, CENTRAL, "org.postgresql:postgresql"));
    }

    @Test
    void anUnsupportedDatasourceIsSkippedByNameAndBlankLinesMayIntervene() {
        Declaration k3s = repo.only(VERSIONS, "k3s-io/k3s");
        repo.assertSkipped(k3s, Code.UNSUPPORTED_DATASOURCE);
        assertTrue(k3s.skip().detail().contains("'github-releases'"), k3s.skip().detail());
        repo.assertVersion(k3s, "v1.30.1+k3s1");
    }

    @Test
    void commentsForOtherToolsAreIgnoredAndAKeyWithoutValueIsAProblem() {
        assertTrue(repo.declarations().stream().noneMatch(d -> d.name().contains("Grafana")));
        List<Problem> problems = repo.result().problems();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(VERSIONS, problems.get(0).file());
        assertEquals(15, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("'nested'"), problems.get(0).message());
    }

    @Test
    void fluxSubstitutionVariablesAreAnnotatedValues() {
        Declaration thanos = repo.only("flux/ks.yaml", "quay.io/thanos/thanos");
        repo.assertVersion(thanos, "v0.35.1");
        repo.assertPackage(thanos, new PackageRef(SourceKind.DOCKER_IMAGE, "quay.io", "thanos/thanos"));
        Declaration redis = repo.only("flux/ks.yaml", "docker.io/library/redis");
        repo.assertSkipped(redis, Code.TEMPLATED);
        repo.assertVersion(redis, "${REDIS_OVERRIDE}");
    }

    @Test
    void dockerfileArgsEnvAndEnvFiles() {
        Declaration guava = repo.only("docker/Dockerfile", "com.google.guava:guava");
        repo.assertVersion(guava, "33.0.0-jre");
        repo.assertPackage(guava, new PackageRef(SourceKind.MAVEN_ARTIFACT, "https://maven.example.com/releases", "com.google.guava:guava"));
        repo.assertVersion(repo.only("docker/Dockerfile", "redis"), "7.2.4");

        Declaration tool = repo.only("docker/.env", "ghcr.io/acme/tool");
        repo.assertVersion(tool, "1.0.0");
        repo.assertPackage(tool, new PackageRef(SourceKind.DOCKER_IMAGE, "ghcr.io", "acme/tool"));
        assertEquals(tool.currentDigest(), tool.digestSpan().cut(repo.content("docker/.env")));
    }

    @Test
    void anAnnotatedValuesTagIsNotAlsoGuessedFromItsKey() {
        Declaration annotated = repo.only("chart/values.yaml", "ghcr.io/acme/annotated");
        assertEquals(DeclarationKind.ANNOTATED_VALUE, annotated.kind());
        repo.assertVersion(annotated, "2.0.0");
        assertEquals(annotated.currentDigest(), annotated.digestSpan().cut(repo.content("chart/values.yaml")));
        assertEquals(1, repo.declarations().stream().filter(d -> d.file().equals("chart/values.yaml")).count());
    }

    @Test
    void crlfAndSupplementaryCharactersBeforeTheValue() {
        ScannedRepo text = ScannedRepo.scan("annotations-text-forms");
        String file = "crlf-emoji.yaml";
        assertTrue(text.content(file).contains("\r\n"), "fixture lost its CRLF line endings");

        Declaration nginx = text.only(file, "nginx");
        text.assertVersion(nginx, "1.25.3");
        assertEquals(3, nginx.span().line());
        assertEquals(17, nginx.span().column());
        Declaration podinfo = text.only(file, "podinfo");
        text.assertVersion(podinfo, "6.5.4");
        assertEquals('\r', text.content(file).charAt(podinfo.span().end()));

        Declaration app = text.only("emoji-before.yaml", "ghcr.io/acme/app");
        text.assertVersion(app, "v1.2.3");
        assertEquals(3, app.span().line());
        assertEquals(6, app.span().column());
    }

    @Test
    void sopsEncryptedFilesAreNotTouched() {
        assertTrue(repo.declarations().stream().noneMatch(d -> d.file().equals("config/secret.sops.yaml")));
    }
}
