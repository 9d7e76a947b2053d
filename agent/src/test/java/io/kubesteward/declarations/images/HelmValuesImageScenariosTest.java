package io.kubesteward.declarations.images;

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

class HelmValuesImageScenariosTest {
    private static final String VALUES = "charts/app/values.yaml";
    private static final String PROD = "charts/app/values-prod.yaml";
    private final ScannedRepo values = ScannedRepo.scan("images-values");
    private final ScannedRepo releases = ScannedRepo.scan("images-helmrelease");

    private static PackageRef image(String registry, String path) {
        return new PackageRef(SourceKind.DOCKER_IMAGE, registry, path);
    }

    @Test
    void globalImageRegistryOverridesTheRegistryOfEveryMapImage() {
        Declaration nginx = values.only(VALUES, "registry.example.com/bitnami/nginx");
        assertEquals(DeclarationKind.HELM_VALUES_IMAGE, nginx.kind());
        values.assertVersion(nginx, "1.25.3-debian-12-r0");
        values.assertPackage(nginx, image("registry.example.com", "bitnami/nginx"));

        Declaration exporter = values.only(VALUES, "registry.example.com/bitnami/nginx-exporter");
        values.assertVersion(exporter, "1.1.0");
        assertEquals(exporter.currentDigest(), exporter.digestSpan().cut(values.content(VALUES)));
    }

    @Test
    void mapAndStringImagesOfAValuesVariantNextToTheChart() {
        Declaration nginx = values.only(PROD, "docker.io/bitnami/nginx");
        values.assertVersion(nginx, "1.25.4");
        values.assertPackage(nginx, image("docker.io", "bitnami/nginx"));
        Declaration statsd = values.only(PROD, "prom/statsd-exporter");
        values.assertVersion(statsd, "v0.26.0");
        assertEquals(":\"", values.around(statsd));
        values.assertVersion(values.only(PROD, "ghcr.io/acme/init"), "2.0.1");
        values.assertVersion(values.only(PROD, "ghcr.io/acme/worker"), "1.4.2");
    }

    @Test
    void anEmptyTagFollowsTheChartAndADigestAloneIsPinned() {
        Declaration follows = values.only(PROD, "ghcr.io/acme/follows-chart");
        values.assertSkipped(follows, Code.NOT_A_VERSION);
        assertTrue(follows.skip().detail().contains("appVersion"), follows.skip().detail());

        Declaration pinned = values.only(PROD, "alpine");
        assertNull(pinned.currentValue());
        values.assertPackage(pinned, image("docker.io", "library/alpine"));
        assertEquals(pinned.currentDigest(), pinned.digestSpan().cut(values.content(PROD)));
    }

    @Test
    void booleansAndMapsWithoutRepositoryAreNotImages() {
        List<String> names = values.declarations().stream().filter(d -> d.file().equals(PROD)).map(Declaration::name).toList();
        assertEquals(List.of("docker.io/bitnami/nginx", "prom/statsd-exporter", "ghcr.io/acme/init", "ghcr.io/acme/follows-chart",
                "alpine", "ghcr.io/acme/worker"), names);
    }

    @Test
    void valuesFilesAreReadNextToAChartInAValuesFolderOrWhenNamedValuesYaml() {
        values.assertVersion(values.only("charts/app/values/extra.yaml", "redis"), "7.2.4");
        values.assertVersion(values.only("standalone/values.yaml", "ghcr.io/acme/standalone"), "v0.9.0");
        assertTrue(values.declarations().stream().noneMatch(d -> d.file().equals("other/values-x.yaml")));
    }

    @Test
    void helmReleaseValuesInTheAppTemplateStyleWithDigestsInTheTag() {
        String file = "apps/qbtools/helmrelease.yaml";
        Declaration qbtools = releases.only(file, "ghcr.io/buroa/qbtools");
        assertEquals(DeclarationKind.HELM_VALUES_IMAGE, qbtools.kind());
        releases.assertVersion(qbtools, "v0.15.2");
        assertEquals("sha256:6bf689ff6269e27293e1bf1cec03a965cd0c3d89d9c193e4b0b9275687fc9d63", qbtools.currentDigest());
        assertEquals(qbtools.currentDigest(), qbtools.digestSpan().cut(releases.content(file)));
        releases.assertPackage(qbtools, image("ghcr.io", "buroa/qbtools"));
        releases.assertVersion(releases.only(file, "ghcr.io/onedr0p/plex"), "1.40.2.8395-c67dce28e");
    }

    @Test
    void anAnnotatedTagIsDeclaredOnceByItsAnnotation() {
        String file = "apps/qbtools/helmrelease.yaml";
        Declaration tool = releases.only(file, "ghcr.io/acme/tool");
        assertEquals(DeclarationKind.ANNOTATED_VALUE, tool.kind());
        releases.assertVersion(tool, "2024.5.1");
        assertEquals("loose", tool.versioning());
    }

    @Test
    void listImagesRegistryKeysAndTemplatedImagesOfHelmReleases() {
        releases.assertVersion(releases.only("apps/grafana/helmrelease.yaml", "ghcr.io/onedr0p/postgres-init"), "16");
        Declaration sidecar = releases.only("apps/grafana/helmrelease.yaml", "ghcr.io/kiwigrid/k8s-sidecar");
        releases.assertVersion(sidecar, "1.27.2");
        releases.assertPackage(sidecar, image("ghcr.io", "kiwigrid/k8s-sidecar"));

        Declaration thanos = releases.only("apps/kps/helmrelease.yaml", "quay.io/thanos/thanos");
        releases.assertSkipped(thanos, Code.TEMPLATED);
        assertEquals(DeclarationKind.HELM_VALUES_IMAGE, thanos.kind());
    }

    @Test
    void theChartOfAHelmReleaseIsNotAnImage() {
        assertTrue(releases.declarations().stream()
                .filter(d -> d.kind() == DeclarationKind.HELM_VALUES_IMAGE || d.kind() == DeclarationKind.CONTAINER_IMAGE)
                .noneMatch(d -> d.name().contains("app-template") || d.name().contains("grafana")));
    }

    @Test
    void istiosHubAndTagAreOneDeclarationOfTheSharedTagLookedUpAsTheFirstImageTheyComplete() {
        String mesh = "istio/mesh/values.yaml";
        Declaration proxy = values.only(mesh, "docker.io/istio/proxyv2");
        values.assertVersion(proxy, "1.20.3");
        values.assertPackage(proxy, image("docker.io", "istio/proxyv2"));
        Declaration pilot = values.only(mesh, "docker.io/istio/pilot");
        values.assertSkipped(pilot, Code.NOT_A_VERSION);
        assertEquals("its tag is the tag of global.hub and global.tag (line 4), shared with docker.io/istio/proxyv2 and proposed with it",
                pilot.skip().detail());
        Declaration cni = values.only(mesh, "gcr.io/istio-testing/install-cni");
        values.assertVersion(cni, "1.21.0-alpha.1");
        values.assertVersion(values.only(mesh, "docker.io/jaegertracing/all-in-one"), "1.52");
        List<String> names = values.declarations().stream().filter(d -> d.file().equals(mesh)).map(Declaration::name).sorted().toList();
        assertEquals(List.of("docker.io/istio/pilot", "docker.io/istio/proxyv2", "docker.io/jaegertracing/all-in-one",
                "gcr.io/istio-testing/install-cni"), names, "no bare name following latest, and proxyv2 once");
    }

    @Test
    void aGlobalHubAndTagThatCompleteNoImageAreSaidToNameNone() {
        Declaration pair = values.only("istio/hub-only/values.yaml", "registry.example.com/istio");
        values.assertSkipped(pair, Code.NOT_A_VERSION);
        assertTrue(pair.skip().detail().contains("name no image"), pair.skip().detail());
    }
}
