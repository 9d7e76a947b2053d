package io.kubesteward.sources.oci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.http.HttpCaller;
import io.kubesteward.http.TestSettings;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.model.SourceKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Digests and publisher dates, only for the tags asked about. */
class OciTagDetailsTest {
    private static final String INDEX_DIGEST = "sha256:" + "a".repeat(64);
    private static final String LATEST_DIGEST = "sha256:" + "b".repeat(64);
    private static final String ARM64 = "sha256:" + "d".repeat(64);
    private static final String CONFIG = "sha256:" + "e".repeat(64);
    private static final String IMAGE = "{\"config\":{\"mediaType\":\"application/vnd.oci.image.config.v1+json\","
            + "\"digest\":\"" + CONFIG + "\",\"size\":100}}";
    /** A platform manifest is asked for by digest, so its digest must be its content's. */
    private static final String AMD64 = "sha256:" + sha256(IMAGE);

    private final HttpCaller http = new HttpCaller(TestSettings.fast(), java.time.Clock.systemUTC());
    private final FakeRegistry registry = new FakeRegistry(FakeRegistry.Auth.TOKEN, null, null);

    @AfterEach
    void close() {
        registry.close();
        http.close();
    }

    private PackageRef app() {
        return new PackageRef(SourceKind.DOCKER_IMAGE, registry.host(), "team/app");
    }

    @Test
    void digestsComeFromHeadRequestsForTheAskedTagsOnly() {
        registry.repository("team/app", List.of("1.0.0", "1.1.0", "latest"))
                .manifest("team/app", "1.1.0", INDEX_DIGEST, "{}")
                .manifest("team/app", "latest", LATEST_DIGEST, "{}");
        OciRegistrySource source = OciRegistrySource.images(http, OciSourceSettings.defaults());
        Map<String, String> digests = source.digests(app(), List.of("1.1.0", "latest", "9.9.9"));
        assertEquals(Map.of("1.1.0", INDEX_DIGEST, "latest", LATEST_DIGEST), digests);
        var head = registry.requests("/v2/team/app/manifests/1.1.0");
        assertEquals("HEAD", head.get(head.size() - 1).method());
        assertTrue(head.get(0).header("Accept").startsWith("application/vnd.oci.image.index.v1+json, "
                + "application/vnd.docker.distribution.manifest.list.v2+json"), head.get(0).header("Accept"));
        assertEquals(0, registry.count("/v2/team/app/manifests/1.0.0"));
        assertEquals(0, registry.count("/v2/team/app/tags/list"));

        int before = registry.server.requests().size();
        assertEquals(digests, source.digests(app(), List.of("1.1.0", "latest")));
        assertEquals(before, registry.server.requests().size(), "answers are remembered for the run");
    }

    @Test
    void completeFillsDigestsIntoALookupResult() {
        registry.repository("team/app", List.of("1.0.0", "latest")).manifest("team/app", "latest", LATEST_DIGEST, "{}");
        OciRegistrySource source = OciRegistrySource.images(http, OciSourceSettings.defaults());
        LookupResult listed = source.lookup(List.of(app())).get(app());
        LookupResult completed = source.complete(listed, List.of("latest"), List.of());
        assertEquals(List.of(Release.of("1.0.0"), new Release("latest", null, LATEST_DIGEST, null, null, false, null,
                List.of(), null)), completed.releases());
    }

    @Test
    void aDigestThatIsNotADigestIsNotBelieved() {
        registry.manifest("team/app", "odd", "sha256:../../etc", "{\"schemaVersion\":2}");
        OciRegistrySource source = OciRegistrySource.images(http, OciSourceSettings.defaults());
        String computed = source.digests(app(), List.of("odd")).get("odd");
        assertEquals("sha256:" + sha256("{\"schemaVersion\":2}"), computed, "computed from the manifest body instead");
    }

    @Test
    void datesComeFromTheIndexAnnotationOrTheImageConfig() {
        String annotated = "{\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":[],"
                + "\"annotations\":{\"org.opencontainers.image.created\":\"2024-05-05T10:11:12.123456789Z\"}}";
        String index = "{\"manifests\":[{\"digest\":\"" + ARM64 + "\",\"platform\":{\"os\":\"linux\",\"architecture\":\"arm64\"}},"
                + "{\"digest\":\"" + AMD64 + "\",\"platform\":{\"os\":\"linux\",\"architecture\":\"amd64\"}}]}";
        String reproducible = "{\"annotations\":{\"org.opencontainers.image.created\":\"1970-01-01T00:00:00Z\"}}";
        registry.manifest("team/app", "2.0.0", INDEX_DIGEST, annotated)
                .manifest("team/app", "2.1.0", "sha256:" + sha256(index), index)
                .manifest("team/app", AMD64, AMD64, IMAGE)
                .blob("team/app", CONFIG, "{\"created\":\"2024-06-01T08:00:00+02:00\",\"architecture\":\"amd64\"}")
                .manifest("team/app", "ko", INDEX_DIGEST, reproducible);
        OciRegistrySource source = OciRegistrySource.images(http, OciSourceSettings.defaults());
        Map<String, Instant> dates = source.created(app(), List.of("2.0.0", "2.1.0", "ko", "missing"));
        assertEquals(Map.of("2.0.0", Instant.parse("2024-05-05T10:11:12.123456789Z"),
                "2.1.0", Instant.parse("2024-06-01T06:00:00Z")), dates);
        assertEquals(0, registry.count("/v2/team/app/manifests/" + ARM64));
        int before = registry.server.requests().size();
        assertEquals(Map.of("2.1.0", "sha256:" + sha256(index)), source.digests(app(), List.of("2.1.0")),
                "learned on the way");
        assertEquals(before, registry.server.requests().size());
    }

    @CatalogueEntry(19)
    @Test
    void chartVersionsAreAskedByTheirTag() {
        registry.manifest("charts/podinfo", "6.5.1_build.1", INDEX_DIGEST, "{}");
        PackageRef chart = new PackageRef(SourceKind.OCI_CHART, "oci://" + registry.host() + "/charts", "podinfo");
        OciRegistrySource source = OciRegistrySource.charts(http, OciSourceSettings.defaults());
        assertEquals(Map.of("6.5.1+build.1", INDEX_DIGEST), source.digests(chart, List.of("6.5.1+build.1")));
        assertEquals(Map.of(), source.digests(app(), List.of("1.0.0")), "an image is not this source's package");
    }

    @Test
    void oneCallResolvesABoundedNumberOfTags() {
        OciRegistrySource source = OciRegistrySource.images(http, OciSourceSettings.defaults());
        List<String> many = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "1.0." + i).toList();
        source.digests(app(), many);
        long heads = registry.server.requests().stream().filter(r -> r.path().contains("/manifests/")).count();
        assertEquals(16, heads);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
