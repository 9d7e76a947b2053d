package io.kubesteward.declarations.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesteward.declarations.Resolution;
import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.SourceKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartRepositoriesTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
            "https://charts.example.com/,      helm,            https://charts.example.com",
            "http://charts.example.com/sub//,  helm,            http://charts.example.com/sub",
            "oci://ghcr.io/org/charts/,        oci-chart,       oci://ghcr.io/org/charts",
            "@stable,                          helm,            @stable",
            "alias:stable,                     helm,            @stable",
    })
    void repositoryFormsBecomePackages(String repository, SourceKind kind, String expected) {
        assertEquals(Resolution.of(new PackageRef(kind, expected, "app")), ChartRepositories.resolve(repository, "app"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "file://../app, LOCAL_CHART",
            "'',            UNKNOWN_REPOSITORY",
            "stable,        UNKNOWN_REPOSITORY",
            "@,             UNKNOWN_REPOSITORY",
    })
    @CatalogueEntry(40)
    void otherRepositoriesAreSkipped(String repository, Code code) {
        assertEquals(code, ChartRepositories.resolve(repository, "app").skip().code());
    }
}
