package io.kubesteward.sources.oci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.http.HttpCaller;
import io.kubesteward.http.TestSettings;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.model.SourceKind;
import io.kubesteward.render.ArchiveFetcher;
import io.kubesteward.render.ArchiveLimits;
import io.kubesteward.render.ArchiveLocation;
import io.kubesteward.render.ChartArchive;
import io.kubesteward.render.EmbeddedOciRegistry;
import io.kubesteward.render.TarBuilder;
import io.kubesteward.sources.ArchiveResolver.ArchiveUnlocatable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OCI-hosted chart archives from a real distribution registry (helm-java's embedded one), basic auth, plain HTTP. */
class OciChartArchiveTest {
    private static EmbeddedOciRegistry registry;
    private static String layer651;
    @TempDir
    static Path dir;

    @BeforeAll
    static void push() throws Exception {
        registry = EmbeddedOciRegistry.start();
        registry.push("charts/podinfo", "6.5.0", chart("6.5.0"));
        layer651 = registry.push("charts/podinfo", "6.5.1_build.7", chart("6.5.1+build.7"));
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    private static byte[] chart(String version) {
        return new TarBuilder().file("podinfo/Chart.yaml", "apiVersion: v2\nname: podinfo\nversion: " + version + "\n")
                .file("podinfo/values.yaml", "replicaCount: 1\n").tgz();
    }

    private OciRegistrySource source(String password) throws Exception {
        Path config = Files.createTempFile(dir, "docker", ".json");
        String auth = Base64.getEncoder().encodeToString((EmbeddedOciRegistry.USER + ":" + password).getBytes(StandardCharsets.UTF_8));
        Files.writeString(config, "{\"auths\":{\"" + registry.host() + "\":{\"auth\":\"" + auth + "\"}}}");
        HttpCaller http = new HttpCaller(TestSettings.fast(), java.time.Clock.systemUTC());
        return OciRegistrySource.charts(http, OciSourceSettings.defaults().withCredentials(RegistryCredentials.fromDockerConfig(config))
                .withInsecure(List.of(registry.host())));
    }

    private static PackageRef podinfo() {
        return new PackageRef(SourceKind.OCI_CHART, "oci://" + registry.host() + "/charts", "podinfo");
    }

    @Test
    void a_versions_chart_layer_is_located_with_its_digest_and_fetched_with_the_registry_login() throws Exception {
        OciRegistrySource source = source(EmbeddedOciRegistry.PASSWORD);
        ArchiveLocation located = source.locate(podinfo(), Release.of("6.5.1+build.7"));
        ArchiveLocation.Remote remote = (ArchiveLocation.Remote) located;
        assertEquals("sha256:" + remote.sha256(), layer651, "the layer's digest, checked on download");
        assertTrue(remote.uri().toString().endsWith("/v2/charts/podinfo/blobs/" + layer651), remote.uri()::toString);
        HttpCaller http = new HttpCaller(TestSettings.fast(), java.time.Clock.systemUTC());
        ChartArchive archive = new ArchiveFetcher(http, null, ArchiveLimits.HELM).fetch(located, null, "podinfo 6.5.1+build.7");
        assertTrue(archive.text("Chart.yaml").orElseThrow().contains("version: 6.5.1+build.7"));
        ChartArchive older = new ArchiveFetcher(http, null, ArchiveLimits.HELM).fetch(source.locate(podinfo(), Release.of("6.5.0")), null, "podinfo 6.5.0");
        assertTrue(older.text("Chart.yaml").orElseThrow().contains("version: 6.5.0"));
    }

    @Test
    void a_missing_tag_and_a_refused_login_are_said_in_words() throws Exception {
        ArchiveUnlocatable missing = assertThrows(ArchiveUnlocatable.class,
                () -> source(EmbeddedOciRegistry.PASSWORD).locate(podinfo(), Release.of("9.9.9")));
        assertTrue(missing.getMessage().contains("has no tag 9.9.9 of oci://" + registry.host() + "/charts/podinfo"), missing.getMessage());
        ArchiveUnlocatable refused = assertThrows(ArchiveUnlocatable.class, () -> source("canary-wrong-s3cret").locate(podinfo(), Release.of("6.5.0")));
        assertTrue(refused.getMessage().contains("refused the credentials"), refused.getMessage());
        assertTrue(!refused.getMessage().contains("canary-wrong-s3cret"), refused.getMessage());
    }
}
