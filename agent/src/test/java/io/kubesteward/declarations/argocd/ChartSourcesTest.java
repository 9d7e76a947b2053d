package io.kubesteward.declarations.argocd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesteward.declarations.Resolution;
import io.kubesteward.declarations.yaml.YamlScalar;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.SourceKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartSourcesTest {
    private static final YamlScalar VERSION = new YamlScalar("1.2.3", null, 0, 1);

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
            "https://charts.example.com/,          helm,            https://charts.example.com",
            "http://charts.example.com,            helm,            http://charts.example.com",
            "oci://ghcr.io/org/charts/,            oci-chart,       oci://ghcr.io/org/charts",
            "ghcr.io/org/charts,                   oci-chart,       oci://ghcr.io/org/charts",
            "registry-1.docker.io/bitnamicharts,   oci-chart,       oci://registry-1.docker.io/bitnamicharts",
            "localhost:5000/charts,                oci-chart,       oci://localhost:5000/charts",
    })
    void repoUrlFormsBecomePackages(String repoUrl, SourceKind kind, String repository) {
        assertEquals(Resolution.of(new PackageRef(kind, repository, "app")), ChartSources.resolve(repoUrl, "app", VERSION, false));
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
            "'',                          1.2.3,             UNKNOWN_REPOSITORY",
            "ssh://git@example.com/x.git, 1.2.3,             UNSUPPORTED_SOURCE",
            "'<HELM_REPO_URL>',           1.2.3,             TEMPLATED",
            "https://charts.example.com,  '{{.version}}',    TEMPLATED",
            "https://charts.example.com,  '<CHART_VERSION>', TEMPLATED",
            "https://charts.example.com,  '',                MISSING_VERSION",
    })
    void otherSourcesAreSkipped(String repoUrl, String revision, Code code) {
        Resolution resolution = ChartSources.resolve(repoUrl, "app", new YamlScalar(revision, null, 0, 1), false);
        assertEquals(code, resolution.skip().code(), resolution.skip().detail());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'>=1.0.0 <2.0.0'", "'*'", "HEAD", "1.2.x"})
    void rangesAndFloatingRevisionsAreKeptForThePlanner(String revision) {
        Resolution resolution = ChartSources.resolve("https://charts.example.com", "app", new YamlScalar(revision, null, 0, 1), false);
        assertEquals(Resolution.of(new PackageRef(SourceKind.HELM_REPOSITORY, "https://charts.example.com", "app")), resolution);
    }
}
