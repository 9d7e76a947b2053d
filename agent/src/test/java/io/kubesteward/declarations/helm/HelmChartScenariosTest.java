package io.kubesteward.declarations.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.declarations.ScannedRepo;
import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class HelmChartScenariosTest {
    private static final String UMBRELLA = "charts/umbrella/Chart.yaml";
    private static final String BITNAMI = "https://charts.bitnami.com/bitnami";

    @Test
    void umbrellaChartReadsEveryRepositoryForm() {
        ScannedRepo repo = ScannedRepo.scan("umbrella-chart");

        Declaration redis = repo.only(UMBRELLA, "redis");
        assertEquals(DeclarationKind.CHART_DEPENDENCY, redis.kind());
        repo.assertVersion(redis, "18.6.1");
        repo.assertPackage(redis, new PackageRef(SourceKind.HELM_REPOSITORY, BITNAMI, "redis"));

        Declaration podinfo = repo.only(UMBRELLA, "podinfo");
        repo.assertVersion(podinfo, "6.5.4");
        repo.assertPackage(podinfo, new PackageRef(SourceKind.HELM_REPOSITORY, "http://stefanprodan.github.io/podinfo", "podinfo"));

        Declaration appTemplate = repo.only(UMBRELLA, "app-template");
        repo.assertVersion(appTemplate, "3.2.1");
        repo.assertPackage(appTemplate, new PackageRef(SourceKind.OCI_CHART, "oci://ghcr.io/bjw-s/helm", "app-template"));
    }

    @Test
    void aliasesStayAliasesAndTheDependencyNameWinsOverItsAlias() {
        ScannedRepo repo = ScannedRepo.scan("umbrella-chart");

        Declaration postgresql = repo.only(UMBRELLA, "postgresql");
        repo.assertVersion(postgresql, "~12.1.0");
        repo.assertPackage(postgresql, new PackageRef(SourceKind.HELM_REPOSITORY, "@bitnami", "postgresql"));

        repo.assertPackage(repo.only(UMBRELLA, "minio"), new PackageRef(SourceKind.HELM_REPOSITORY, "@minio-repo", "minio"));
    }

    @CatalogueEntry(25)
    @Test
    void localMissingRepositoryAndMissingVersionAreSkippedWithReasons() {
        ScannedRepo repo = ScannedRepo.scan("umbrella-chart");

        Declaration common = repo.only(UMBRELLA, "common");
        repo.assertSkipped(common, Code.LOCAL_CHART);
        assertTrue(common.skip().detail().contains("../common"), common.skip().detail());
        repo.assertVersion(common, "0.1.0");

        repo.assertSkipped(repo.only(UMBRELLA, "loose"), Code.UNKNOWN_REPOSITORY);

        Declaration floating = repo.only(UMBRELLA, "floating");
        repo.assertSkipped(floating, Code.MISSING_VERSION);
        assertNull(floating.currentValue());
        assertNull(floating.span());
    }

    @Test
    void legacyRequirementsYamlIsRead() {
        ScannedRepo repo = ScannedRepo.scan("umbrella-chart");

        Declaration mysql = repo.only("charts/legacy/requirements.yaml", "mysql");
        repo.assertVersion(mysql, "1.6.9");
        repo.assertPackage(mysql, new PackageRef(SourceKind.HELM_REPOSITORY, "https://charts.helm.sh/stable", "mysql"));
    }

    @Test
    void declarationsComeByFilePathThenPosition() {
        ScannedRepo repo = ScannedRepo.scan("umbrella-chart");

        List<String> names = repo.declarations().stream().map(Declaration::name).toList();
        assertEquals(List.of("mysql", "redis", "podinfo", "app-template", "postgresql", "minio", "common", "loose", "floating"), names);
    }

    @Test
    void flowStyleDependencies() {
        ScannedRepo repo = ScannedRepo.scan("flow-style");

        Declaration redis = repo.only("chart/Chart.yaml", "redis");
        repo.assertVersion(redis, "18.6.1");
        repo.assertPackage(redis, new PackageRef(SourceKind.HELM_REPOSITORY, BITNAMI, "redis"));
        Declaration nginx = repo.only("chart/Chart.yaml", "nginx");
        repo.assertVersion(nginx, "15.4.4");
        assertEquals("''", repo.around(nginx));
    }

    @CatalogueEntry(30)
    @Test
    void anAliasedVersionPointsAtTheAnchoredScalar() {
        ScannedRepo repo = ScannedRepo.scan("anchors");
        String file = "chart/Chart.yaml";

        Declaration redis = repo.only(file, "redis");
        Declaration replica = repo.only(file, "redis-replica");
        repo.assertVersion(redis, "18.6.1");
        repo.assertVersion(replica, "18.6.1");
        assertEquals(redis.span(), replica.span());
        repo.assertPackage(replica, new PackageRef(SourceKind.HELM_REPOSITORY, BITNAMI, "redis-replica"));
    }

    @Test
    void tagsAnchorsAndMergeKeysAreSkippedOverToTheValue() {
        ScannedRepo repo = ScannedRepo.scan("anchors");
        String file = "chart/Chart.yaml";

        repo.assertVersion(repo.only(file, "common"), "2.14.1");
        Declaration postgresql = repo.only(file, "postgresql");
        repo.assertVersion(postgresql, "12.1.0");
        assertEquals("\"\"", repo.around(postgresql));
        repo.assertPackage(postgresql, new PackageRef(SourceKind.HELM_REPOSITORY, BITNAMI, "postgresql"));
    }

    @Test
    void crlfLineEndings() {
        ScannedRepo repo = ScannedRepo.scan("crlf");
        assertTrue(repo.content("chart/Chart.yaml").contains("\r\n"), "fixture lost its CRLF line endings");

        Declaration redis = repo.only("chart/Chart.yaml", "redis");
        repo.assertVersion(redis, "18.6.1");
        assertEquals(6, redis.span().line());
        assertEquals(14, redis.span().column());
        repo.assertVersion(repo.only("chart/Chart.yaml", "nginx"), "15.4.4");
    }

    @Test
    void byteOrderMark() {
        ScannedRepo repo = ScannedRepo.scan("bom");
        assertTrue(repo.content("chart/Chart.yaml").startsWith("\uFEFF"), "fixture lost its BOM");

        Declaration redis = repo.only("chart/Chart.yaml", "redis");
        repo.assertVersion(redis, "18.6.1");
        assertEquals(6, redis.span().line());
    }

    @Test
    void supplementaryCharactersBeforeTheValueDoNotShiftTheSpan() {
        ScannedRepo repo = ScannedRepo.scan("emoji-comment");
        String content = repo.content("chart/Chart.yaml");
        assertTrue(content.codePointCount(0, content.length()) < content.length(), "fixture lost its emoji");

        repo.assertVersion(repo.only("chart/Chart.yaml", "redis"), "18.6.1");
        Declaration nginx = repo.only("chart/Chart.yaml", "nginx 🌐");
        repo.assertVersion(nginx, "15.4.4");
        assertEquals(10, nginx.span().line());
        assertEquals(35, nginx.span().column());
    }

    @CatalogueEntry(35)
    @Test
    void quotedVersionsKeepTheirQuotes() {
        ScannedRepo repo = ScannedRepo.scan("quoted-versions");
        String file = "chart/Chart.yaml";

        Declaration doubleQuoted = repo.only(file, "double");
        repo.assertVersion(doubleQuoted, "1.2.3");
        assertEquals("\"\"", repo.around(doubleQuoted));
        Declaration singleQuoted = repo.only(file, "single");
        repo.assertVersion(singleQuoted, "4.5.6");
        assertEquals("''", repo.around(singleQuoted));
        repo.assertVersion(repo.only(file, "numeric"), "1.10");
    }

    @CatalogueEntry(34)
    @Test
    void aValueWhoseTextDiffersFromItHasNoSpanButIsStillLookedUp() {
        ScannedRepo repo = ScannedRepo.scan("quoted-versions");
        String file = "chart/Chart.yaml";

        for (String name : List.of("escaped", "doubled-quote", "folded")) {
            Declaration declaration = repo.only(file, name);
            assertNull(declaration.span(), name);
            assertEquals(SourceKind.HELM_REPOSITORY, declaration.pkg().kind(), name);
        }
        assertEquals("1.2.3", repo.only(file, "escaped").currentValue());
        assertEquals("it's-1", repo.only(file, "doubled-quote").currentValue());
        assertEquals("7.8.9", repo.only(file, "folded").currentValue());
    }
}
