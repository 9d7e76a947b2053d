package io.kubesteward.sources.oci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.http.HttpCaller;
import io.kubesteward.http.RecordedRequest;
import io.kubesteward.http.Reply;
import io.kubesteward.http.TestSettings;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.model.SourceKind;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The less common auth paths: identity tokens, expired tokens, credential helpers, foreign links. */
class OciAuthFlowTest {
    private static final String CANARY = OciRegistrySourceTest.CANARY;

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

    private LookupResult lookup(OciSourceSettings settings) {
        return OciRegistrySource.images(http, settings).lookup(List.of(app())).get(app());
    }

    @Test
    void anIdentityTokenIsExchangedByTheRefreshTokenGrant() throws Exception {
        registry.repository("team/app", List.of("1.0"));
        registry.server.route("/token", (request, nth) -> request.method().equals("POST")
                && request.bodyText().contains("refresh_token=" + CANARY) && request.header("Authorization") == null
                ? Reply.ok("{\"access_token\":\"" + FakeRegistry.TOKEN + "\"}") : Reply.status(401));
        RegistryCredentials credentials = RegistryCredentials.parse("{\"auths\":{\"" + registry.host()
                + "\":{\"identitytoken\":\"" + CANARY + "\"}}}", "config.json");
        LookupResult r = lookup(OciSourceSettings.defaults().withCredentials(credentials));
        assertEquals(List.of(Release.of("1.0")), r.releases(), r::failure);
        RecordedRequest token = registry.requests("/token").get(0);
        assertEquals("application/x-www-form-urlencoded", token.header("Content-Type"));
        assertTrue(token.bodyText().startsWith("service=fake-registry&scope=repository%3Ateam%2Fapp%3Apull&grant_type=refresh_token"),
                token.bodyText());
    }

    @Test
    void anExpiredTokenIsRenewedOnce() {
        registry.repository("team/app", List.of("1.0"));
        OciRegistrySource source = OciRegistrySource.images(http, OciSourceSettings.defaults());
        assertTrue(source.lookup(List.of(app())).get(app()).ok());
        PackageRef again = new PackageRef(SourceKind.DOCKER_IMAGE, registry.host().toUpperCase(), "team/app");
        // the token from the listing has expired by the time the manifest is asked for
        registry.server.route("/v2/team/app/manifests/1.0", (request, nth) -> ("Bearer " + FakeRegistry.TOKEN)
                .equals(request.header("Authorization")) && nth > 1
                ? Reply.ok("{}").header("Docker-Content-Digest", "sha256:" + "f".repeat(64))
                : Reply.status(401).header("WWW-Authenticate", "Bearer realm=\"" + registry.server.base() + "/token\""));
        assertEquals(1, source.digests(again, List.of("1.0")).size());
        assertEquals(2, registry.count("/token"), "one token at first, one renewal");
    }

    @Test
    void aRegistryLeftToACredentialHelperSaysSo() throws Exception {
        FakeRegistry basic = new FakeRegistry(FakeRegistry.Auth.BASIC, "u", "p");
        try (basic) {
            basic.repository("team/app", List.of("1"));
            RegistryCredentials helper = RegistryCredentials.parse("{\"credsStore\":\"desktop\"}", "config.json");
            PackageRef p = new PackageRef(SourceKind.DOCKER_IMAGE, basic.host(), "team/app");
            LookupResult r = OciRegistrySource.images(http, OciSourceSettings.defaults().withCredentials(helper))
                    .lookup(List.of(p)).get(p);
            assertTrue(r.failure().contains("leaves it to a credential helper, which Steward does not run"), r.failure());
        }
    }

    @Test
    void anonymousTokensRefusedSayTheRepositoryMayBePrivate() {
        registry.repository("team/app", List.of("1"));
        registry.server.route("/token", (request, nth) -> Reply.status(403));
        LookupResult r = lookup(OciSourceSettings.defaults());
        assertEquals("the token service 127.0.0.1 refused anonymous access to " + registry.host() + "/team/app (403) — the"
                + " repository may be private: add a login for " + registry.host() + " to the docker config file", r.failure());
    }

    @Test
    void aNextPageOnAnotherHostIsNotFollowed() {
        registry.server.route("/v2/team/app/tags/list", (request, nth) -> Reply.ok("{\"tags\":[\"1\"]}")
                .header("Link", "<https://evil.example/v2/team/app/tags/list?last=1>; rel=\"next\""));
        registry.server.route("/token", (request, nth) -> Reply.ok("{\"token\":\"" + FakeRegistry.TOKEN + "\"}"));
        LookupResult r = lookup(OciSourceSettings.defaults());
        assertEquals("registry " + registry.host() + " pointed the next page of " + registry.host() + "/team/app to another"
                + " host (evil.example); Steward does not follow it", r.failure());
        assertFalse(r.ok());
    }
}
