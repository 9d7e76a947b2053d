package io.kubesteward.sources.helm;

import static io.kubesteward.sources.helm.HelmRepositorySourceTest.chart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.http.Credentials;
import io.kubesteward.http.HttpCaller;
import io.kubesteward.http.HttpSettings;
import io.kubesteward.http.Reply;
import io.kubesteward.http.Responders;
import io.kubesteward.http.TestHttpServer;
import io.kubesteward.http.TestSettings;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.sources.CredentialRule;
import io.kubesteward.sources.Mirror;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credentials, mirrors and the host allow-list, against a real HTTP server on 127.0.0.1. */
class HelmRepositoryAccessTest {
    private static final byte[] INDEX = Fixtures.bytes("index.yaml");
    private static final String CANARY = "CANARY-91b2-TOKEN";

    private final TestHttpServer server = TestHttpServer.start();

    @TempDir
    Path tmp;

    private final List<HttpCaller> callers = new ArrayList<>();

    @AfterEach
    void stop() {
        server.close();
        callers.forEach(HttpCaller::close);
    }

    private HelmRepositorySource source(HttpSettings http, HelmSourceSettings helm) {
        HttpCaller caller = new HttpCaller(http, java.time.Clock.systemUTC());
        callers.add(caller);
        return new HelmRepositorySource(caller, helm);
    }

    @Test
    void credentialsAreChosenByTheLongestMatchingPrefix() {
        server.route("/private/team/index.yaml",
                Responders.requireAuthorization("Bearer team-token", Responders.always(Reply.ok(INDEX))));
        server.route("/private/basic/index.yaml",
                Responders.requireAuthorization("Basic dXNlcjpwdw==", Responders.always(Reply.ok(INDEX))));
        HelmSourceSettings helm = HelmSourceSettings.defaults().withCredentials(List.of(
                new CredentialRule(server.base() + "/private", Credentials.basic("user", "pw")),
                new CredentialRule(server.base() + "/private/team", Credentials.bearer("team-token"))));
        PackageRef team = chart(server.base() + "/private/team", "nginx");
        PackageRef basic = chart(server.base() + "/private/basic", "nginx");
        try (HelmRepositorySource source = source(TestSettings.fast(), helm)) {
            Map<PackageRef, LookupResult> results = source.lookup(List.of(team, basic));
            assertTrue(results.get(team).ok(), results.get(team)::failure);
            assertTrue(results.get(basic).ok(), results.get(basic)::failure);
        }
    }

    @CatalogueEntry(24)
    @Test
    void withoutCredentialsAProtectedRepositoryAnswers401() {
        server.route("/private/index.yaml", Responders.requireAuthorization("Bearer x", Responders.always(Reply.ok(INDEX))));
        PackageRef nginx = chart(server.base() + "/private", "nginx");
        try (HelmRepositorySource source = source(TestSettings.fast(), HelmSourceSettings.defaults())) {
            assertEquals("GET " + server.base() + "/private/index.yaml: 401 Unauthorized"
                    + " — check the credentials configured for this repository", source.lookup(List.of(nginx)).get(nginx).failure());
        }
        assertEquals(1, server.count("/private/index.yaml"));
    }

    @Test
    void aFolderMirrorServesAnAirGappedRepositoryWithoutNetwork() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("mirror/stable"));
        Fixtures.copy("index.yaml", folder);
        HttpSettings offline = TestSettings.fast().withAllowedHosts(Set.of("nothing.invalid"));
        HelmSourceSettings helm = HelmSourceSettings.defaults()
                .withMirrors(List.of(Mirror.toFolder("https://charts.example.com/", tmp.resolve("mirror"))));
        PackageRef redis = chart("https://charts.example.com/stable/", "redis");
        try (HelmRepositorySource source = source(offline, helm)) {
            assertEquals(2, source.lookup(List.of(redis)).get(redis).releases().size());
            assertEquals("mirror-folder", source.stats().get(0).outcome());
            assertEquals("https://charts.example.com/stable", source.stats().get(0).repository());
            PackageRef ghost = chart("https://charts.example.com/incubator", "x");
            assertTrue(source.lookup(List.of(ghost)).get(ghost).failure().startsWith("the mirror folder has no "
                    + tmp.resolve("mirror/incubator/index.yaml") + " (mirror for https://charts.example.com/incubator)"));
        }
    }

    @Test
    void aUrlMirrorReplacesTheRepositoryUrl() {
        server.route("/proxy/bitnami/index.yaml", Responders.always(Reply.ok(INDEX)));
        HelmSourceSettings helm = HelmSourceSettings.defaults()
                .withMirrors(List.of(Mirror.toUrl("https://charts.bitnami.com", server.base() + "/proxy/")));
        PackageRef redis = chart("https://charts.bitnami.com/bitnami", "redis");
        PackageRef lookalike = chart("https://charts.bitnami.com.evil.example/bitnami", "redis");
        HttpSettings onlyLocal = TestSettings.fast().withAllowedHosts(Set.of("127.0.0.1"));
        try (HelmRepositorySource source = source(onlyLocal, helm)) {
            Map<PackageRef, LookupResult> results = source.lookup(List.of(redis, lookalike));
            assertEquals(2, results.get(redis).releases().size());
            assertTrue(results.get(lookalike).failure().contains("blocked"), results.get(lookalike)::failure);
        }
        assertEquals(1, server.count("/proxy/bitnami/index.yaml"));
    }

    @Test
    void aBlockedHostFailsWithAClearReasonAndNoTraffic() {
        server.route("/charts/index.yaml", Responders.always(Reply.ok(INDEX)));
        PackageRef nginx = chart(server.base() + "/charts", "nginx");
        try (HelmRepositorySource source = source(TestSettings.fast().withAllowedHosts(Set.of("charts.internal")),
                HelmSourceSettings.defaults())) {
            assertEquals("GET " + server.base() + "/charts/index.yaml: blocked: host '127.0.0.1' is not among the allowed"
                    + " hosts [charts.internal] — add the host to the allowed hosts, or configure a mirror for this repository",
                    source.lookup(List.of(nginx)).get(nginx).failure());
        }
        assertEquals(0, server.requests().size());
    }

    @Test
    void noReasonOrStatisticEverShowsACredential() {
        server.route("/404/index.yaml", Responders.always(Reply.status(404)));
        server.route("/401/index.yaml", Responders.always(Reply.status(401)));
        server.route("/500/index.yaml", Responders.always(Reply.status(500)));
        server.route("/slow/index.yaml", Responders.always(Reply.ok(INDEX).delayed(Duration.ofSeconds(1))));
        server.route("/bad/index.yaml", Responders.always(Reply.ok(Fixtures.bytes("malformed.yaml"))));
        server.route("/ok/index.yaml", Responders.always(Reply.ok(INDEX)));
        String withUserInfo = server.base().replace("http://", "http://user:" + CANARY + "@");
        List<PackageRef> packages = new ArrayList<>();
        for (String path : List.of("/404", "/401", "/500", "/slow", "/bad", "/ok")) {
            packages.add(chart(server.base() + path, "nginx"));
            packages.add(chart(withUserInfo + path + "-ui", "nginx"));
            packages.add(chart(server.base() + path, "ghost"));
        }
        HelmSourceSettings helm = HelmSourceSettings.defaults().withCredentials(List.of(
                new CredentialRule(server.base() + "/", Credentials.bearer(CANARY))));
        HttpSettings http = TestSettings.fast().withRetries(0, Duration.ofMillis(1), Duration.ofMillis(1));
        List<String> seen = new ArrayList<>();
        try (HelmRepositorySource source = source(http, helm)) {
            // PackageRef.toString is the model's; the repository URL given to us may carry userinfo
            source.lookup(packages).values().forEach(r -> seen.add(r.failure() + r.releases()));
            source.stats().forEach(s -> seen.add(s.toString()));
            seen.add(helm.toString());
        }
        try (HelmRepositorySource blocked = source(http.withAllowedHosts(Set.of("example.org")), helm)) {
            blocked.lookup(packages).values().forEach(r -> seen.add(r.failure()));
        }
        for (String text : seen) {
            assertFalse(text.contains(CANARY), text);
        }
    }
}
