package io.kubesteward.sources.oci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.http.HttpCaller;
import io.kubesteward.http.TestSettings;
import io.kubesteward.model.FetchStat;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.model.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tag listing against a registry speaking the distribution API, with its auth flows. */
class OciRegistrySourceTest {
    static final String CANARY = "CANARY-0c1-registry-SECRET";

    @TempDir
    Path dir;

    private final HttpCaller http = new HttpCaller(TestSettings.fast(), java.time.Clock.systemUTC());

    @AfterEach
    void close() {
        http.close();
    }

    private OciSourceSettings settings(String registry, String user, String password) throws IOException {
        Path config = dir.resolve("config.json");
        String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        Files.writeString(config, "{\"auths\":{\"" + registry + "\":{\"auth\":\"" + auth + "\"}}}");
        return OciSourceSettings.defaults().withCredentials(RegistryCredentials.fromDockerConfig(config));
    }

    private static PackageRef image(FakeRegistry registry, String name) {
        return new PackageRef(SourceKind.DOCKER_IMAGE, registry.host(), name);
    }

    private static List<String> versions(LookupResult r) {
        assertTrue(r.ok(), r::failure);
        return r.releases().stream().map(Release::version).toList();
    }

    @Test
    void theTokenFlowSendsTheLoginToTheTokenServiceAndTheTokenToTheRegistry() throws Exception {
        try (FakeRegistry registry = new FakeRegistry(FakeRegistry.Auth.TOKEN, "alice", CANARY)) {
            registry.repository("team/app", List.of("1.0.0", "1.1.0", "latest")).repository("team/other", List.of("2.0"));
            OciRegistrySource source = OciRegistrySource.images(http, settings(registry.host(), "alice", CANARY));
            PackageRef app = image(registry, "team/app");
            assertEquals(List.of("1.0.0", "1.1.0", "latest"), versions(source.lookup(List.of(app)).get(app)));
            assertEquals(2, registry.count("/v2/team/app/tags/list"), "401, then with the token");
            assertEquals(1, registry.count("/token"));
            String tokenQuery = registry.requests("/token").get(0).query();
            assertTrue(tokenQuery.contains("service=fake-registry") && tokenQuery.contains("scope=repository%3Ateam%2Fapp%3Apull"),
                    tokenQuery);

            PackageRef other = image(registry, "team/other");
            assertEquals(List.of("2.0"), versions(source.lookup(List.of(other)).get(other)));
            assertEquals(1, registry.count("/v2/team/other/tags/list"), "the registry's challenge is remembered");
            assertEquals(2, registry.count("/token"));

            source.lookup(List.of(app, other));
            assertEquals(2, registry.count("/v2/team/app/tags/list"), "a repository is listed once per run");
            List<FetchStat> stats = source.stats();
            assertEquals(2, stats.size());
            assertEquals(new FetchStat(registry.host() + "/team/app", "downloaded", stats.get(0).bytes(),
                    stats.get(0).fetchMillis(), 0, 3), stats.get(0));
        }
    }

    @Test
    void basicAuthIsAnsweredWithTheLogin() throws Exception {
        try (FakeRegistry registry = new FakeRegistry(FakeRegistry.Auth.BASIC, "bob", "pa:55word")) {
            registry.repository("app", List.of("v1.2", "v1.3"));
            OciRegistrySource source = OciRegistrySource.images(http, settings(registry.host(), "bob", "pa:55word"));
            PackageRef app = image(registry, "app");
            assertEquals(List.of("v1.2", "v1.3"), versions(source.lookup(List.of(app)).get(app)));
            assertEquals(0, registry.count("/token"));
        }
    }

    @CatalogueEntry(23)
    @Test
    void pagesAreFollowedThroughLinkHeadersAndBounded() throws Exception {
        try (FakeRegistry registry = new FakeRegistry(FakeRegistry.Auth.NONE, null, null)) {
            registry.repository("app", List.of("1", "2", "3", "4", "5"));
            PackageRef app = image(registry, "app");
            OciRegistrySource all = OciRegistrySource.images(http, OciSourceSettings.defaults().withPaging(2, 20));
            assertEquals(List.of("1", "2", "3", "4", "5"), versions(all.lookup(List.of(app)).get(app)));
            assertEquals(3, registry.count("/v2/app/tags/list"));
            assertEquals(List.of("n=2", "last=2&n=2", "last=4&n=2"),
                    registry.requests("/v2/app/tags/list").stream().map(r -> r.query()).toList());

            OciRegistrySource bounded = OciRegistrySource.images(http, OciSourceSettings.defaults().withPaging(2, 2));
            assertEquals(List.of("1", "2", "3", "4"), versions(bounded.lookup(List.of(app)).get(app)));
            assertEquals("truncated", bounded.stats().get(0).outcome());
        }
    }

    @Test
    void aMissingRepositoryFailsWithTheRegistrysReason() {
        try (FakeRegistry registry = new FakeRegistry(FakeRegistry.Auth.NONE, null, null)) {
            registry.server.route("/v2/nope/tags/list", (request, nth) -> io.kubesteward.http.Reply
                    .ok("{\"errors\":[{\"code\":\"NAME_UNKNOWN\",\"message\":\"repository name not known to registry\"}]}")
                    .withStatus(404));
            PackageRef nope = image(registry, "nope");
            LookupResult r = OciRegistrySource.images(http, OciSourceSettings.defaults()).lookup(List.of(nope)).get(nope);
            assertEquals("no such repository " + registry.host() + "/nope on " + registry.host() + " (404, NAME_UNKNOWN:"
                    + " repository name not known to registry) — check the name", r.failure());
        }
    }

    @Test
    void aRegistryAskingToWaitIsRetried() {
        try (FakeRegistry registry = new FakeRegistry(FakeRegistry.Auth.NONE, null, null)) {
            registry.server.route("/v2/busy/tags/list", io.kubesteward.http.Responders.sequence(
                    io.kubesteward.http.Reply.status(429).header("Retry-After", "0"),
                    io.kubesteward.http.Reply.ok("{\"name\":\"busy\",\"tags\":[\"1.0\"]}")));
            PackageRef busy = image(registry, "busy");
            LookupResult r = OciRegistrySource.images(http, OciSourceSettings.defaults()).lookup(List.of(busy)).get(busy);
            assertEquals(List.of("1.0"), versions(r));
            assertEquals(2, registry.count("/v2/busy/tags/list"));
        }
    }

    @Test
    void anonymousAccessToAPrivateRepositoryAsksForALogin() {
        try (FakeRegistry registry = new FakeRegistry(FakeRegistry.Auth.BASIC, "bob", "pw")) {
            registry.repository("private", List.of("1"));
            PackageRef p = image(registry, "private");
            LookupResult r = OciRegistrySource.images(http, OciSourceSettings.defaults()).lookup(List.of(p)).get(p);
            assertEquals("registry " + registry.host() + " needs a login for " + registry.host() + "/private (401):"
                    + " the repository is private or does not exist — check the name, or add a login for "
                    + registry.host() + " to the docker config file", r.failure());
        }
    }

    @Test
    void wrongCredentialsAreNamedAndNeverShown() throws Exception {
        try (FakeRegistry token = new FakeRegistry(FakeRegistry.Auth.TOKEN, "alice", "right");
                FakeRegistry basic = new FakeRegistry(FakeRegistry.Auth.BASIC, "alice", "right")) {
            token.repository("app", List.of("1"));
            basic.repository("app", List.of("1"));
            Path config = dir.resolve("config.json");
            String auth = Base64.getEncoder().encodeToString(("alice:" + CANARY).getBytes(StandardCharsets.UTF_8));
            Files.writeString(config, "{\"auths\":{\"" + token.host() + "\":{\"auth\":\"" + auth + "\"},\"http://"
                    + basic.host() + "/v2/\":{\"username\":\"alice\",\"password\":\"" + CANARY + "\"}}}");
            RegistryCredentials credentials = RegistryCredentials.fromDockerConfig(config);
            OciRegistrySource source = OciRegistrySource.images(http, OciSourceSettings.defaults().withCredentials(credentials));
            PackageRef viaToken = image(token, "app");
            PackageRef viaBasic = image(basic, "app");
            Map<PackageRef, LookupResult> results = source.lookup(List.of(viaToken, viaBasic));
            assertEquals("the token service 127.0.0.1 refused the credentials for " + token.host() + " (401) — check the"
                    + " login for " + token.host() + " in the docker config file", results.get(viaToken).failure());
            assertEquals("registry " + basic.host() + " refused the credentials for " + basic.host() + "/app (401) — check"
                    + " the login for " + basic.host() + " in the docker config file", results.get(viaBasic).failure());
            String everything = results + " " + source.stats() + " " + credentials + " " + source.digests(viaToken, List.of("1"));
            assertFalse(everything.contains(CANARY), everything);
        }
    }

    @Test
    void aBlockedRegistryIsAFailureEntry() {
        try (HttpCaller airGapped = new HttpCaller(TestSettings.fast().withAllowedHosts(java.util.Set.of("mirror.local")), java.time.Clock.systemUTC())) {
            PackageRef p = new PackageRef(SourceKind.DOCKER_IMAGE, "ghcr.io", "org/app");
            LookupResult r = OciRegistrySource.images(airGapped, OciSourceSettings.defaults()).lookup(List.of(p)).get(p);
            assertTrue(r.failure().startsWith("ghcr.io/org/app: GET https://ghcr.io/v2/org/app/tags/list?n=1000: blocked:"
                    + " host 'ghcr.io'"), r.failure());
            assertTrue(r.failure().endsWith("add the host to http.allowedHosts, or configure a mirror for ghcr.io"), r.failure());
        }
    }

    @Test
    void aMirrorAnswersForTheRegistryItStandsFor() {
        try (FakeRegistry mirror = new FakeRegistry(FakeRegistry.Auth.NONE, null, null)) {
            mirror.repository("hub/library/nginx", List.of("1.27.0", "1.27.1-alpine"));
            OciSourceSettings settings = OciSourceSettings.defaults()
                    .withMirrors(List.of(io.kubesteward.sources.Mirror.toUrl("docker.io", mirror.host() + "/hub")));
            PackageRef nginx = new PackageRef(SourceKind.DOCKER_IMAGE, "docker.io", "library/nginx");
            PackageRef missing = new PackageRef(SourceKind.DOCKER_IMAGE, "docker.io", "library/none");
            Map<PackageRef, LookupResult> r = OciRegistrySource.images(http, settings).lookup(List.of(nginx, missing));
            assertEquals(List.of("1.27.0", "1.27.1-alpine"), versions(r.get(nginx)));
            assertEquals("no such repository docker.io/library/none (mirror for docker.io/library/none) on " + mirror.host()
                    + " (404) — check the name", r.get(missing).failure());
        }
    }

    @CatalogueEntry(19)
    @Test
    void chartVersionsComeBackWithTheirPlusSign() {
        try (FakeRegistry registry = new FakeRegistry(FakeRegistry.Auth.TOKEN, null, null)) {
            registry.repository("charts/podinfo", List.of("6.5.0", "6.5.1_build.1"));
            PackageRef chart = new PackageRef(SourceKind.OCI_CHART, "oci://" + registry.host() + "/charts", "podinfo");
            OciRegistrySource source = OciRegistrySource.charts(http, OciSourceSettings.defaults());
            assertEquals(List.of("6.5.0", "6.5.1+build.1"), versions(source.lookup(List.of(chart)).get(chart)));
            assertEquals("oci://" + registry.host() + "/charts/podinfo", source.stats().get(0).repository());
            PackageRef image = image(registry, "charts/podinfo");
            assertNull(source.lookup(List.of(image)).get(image).releases().isEmpty() ? null : "releases");
        }
    }
}
