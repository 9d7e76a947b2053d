package io.kubesteward.declarations.helmfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.declarations.ScannedRepo;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Problem;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Versions written as Go templates, in a helmfile of several YAML documents. */
class HelmfileTemplatesTest {
    private static final String HELMFILE = "helmfile.yaml";
    private static final String BITNAMI = "https://charts.bitnami.com/bitnami";

    private final ScannedRepo repo = ScannedRepo.scan("helmfile-templates");

    @Test
    void anEnvironmentVariableWithADefaultIsTheDefaultInTheHelmfile() {
        Declaration nginx = repo.only(HELMFILE, "nginx");
        repo.assertVersion(nginx, "15.4.4");
        assertEquals("\"\"", repo.around(nginx));
        repo.assertPackage(nginx, new PackageRef(SourceKind.HELM_REPOSITORY, BITNAMI, "nginx"));
    }

    @Test
    void aRequiredEnvironmentVariableIsNamed() {
        Declaration redis = repo.only(HELMFILE, "redis");
        repo.assertSkipped(redis, Code.TEMPLATED);
        assertTrue(redis.skip().detail().contains("REDIS_CHART_VERSION"), redis.skip().detail());
        repo.assertVersion(redis, "{{ requiredEnv \"REDIS_CHART_VERSION\" }}");

        Declaration postgresql = repo.only(HELMFILE, "postgresql");
        repo.assertSkipped(postgresql, Code.TEMPLATED);
        assertTrue(postgresql.skip().detail().contains("POSTGRESQL_CHART_VERSION"), postgresql.skip().detail());
    }

    @Test
    void otherTemplatesAreSkippedWithTheExpressionAsReason() {
        Declaration mysql = repo.only(HELMFILE, "mysql");
        repo.assertSkipped(mysql, Code.TEMPLATED);
        assertEquals("version is the template expression '{{ .Values.mysql | upper }}' which Steward does not evaluate",
                mysql.skip().detail());

        Declaration rabbitmq = repo.only(HELMFILE, "rabbitmq");
        repo.assertSkipped(rabbitmq, Code.TEMPLATED);
        repo.assertVersion(rabbitmq, "12.{{ .Values.rabbitmqMinor }}.0");
    }

    @Test
    void aValueNoValuesFileSetsIsSkipped() {
        Declaration mariadb = repo.only(HELMFILE, "mariadb");
        repo.assertSkipped(mariadb, Code.TEMPLATED);
        assertTrue(mariadb.skip().detail().contains("set mariadb.version"), mariadb.skip().detail());
    }

    @Test
    void topLevelValuesFilesOfAnotherDocumentResolveTheVersion() {
        Declaration kafka = repo.only("versions.yaml", "kafka");
        repo.assertVersion(kafka, "26.8.3");
        repo.assertPackage(kafka, new PackageRef(SourceKind.HELM_REPOSITORY, BITNAMI, "kafka"));
    }

    @Test
    void inlineValuesResolveToTheirPlaceInTheHelmfile() {
        Declaration zookeeper = repo.only(HELMFILE, "zookeeper");
        repo.assertVersion(zookeeper, "12.4.1");
        assertEquals(7, zookeeper.span().line());
        repo.assertPackage(zookeeper, new PackageRef(SourceKind.HELM_REPOSITORY, BITNAMI, "zookeeper"));
    }

    @Test
    void onlyTheFirstBranchOfAConditionIsReadAndItsVersionIsNotTrusted() {
        Declaration minio = repo.only(HELMFILE, "minio");
        repo.assertSkipped(minio, Code.TEMPLATED);
        assertTrue(minio.skip().detail().contains("{{- if eq .Environment.Name \"production\" }}"), minio.skip().detail());
        repo.assertVersion(minio, "12.8.0");
    }

    @Test
    void templateOutputLinesAreReportedAndTheRestIsRead() {
        repo.assertVersion(repo.only(HELMFILE, "memcached"), "6.14.0");
        List<Problem> problems = repo.result().problems();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(48, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("'{{ toYaml .Values.memcachedResources | indent 10 }}'"), problems.get(0).message());
    }

    @Test
    void everyReleaseIsDeclaredOnceInFileOrder() {
        assertEquals(List.of("zookeeper", "nginx", "redis", "postgresql", "mysql", "mariadb", "rabbitmq", "minio", "memcached"),
                repo.declarations().stream().filter(d -> d.file().equals(HELMFILE)).map(Declaration::name).toList());
        assertEquals(List.of("kafka"),
                repo.declarations().stream().filter(d -> d.file().equals("versions.yaml")).map(Declaration::name).toList());
    }
}
