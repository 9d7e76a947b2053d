package io.kubesteward.sources.oci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small parsers: challenges, Link headers, docker config files, tag pages. */
class RegistryProtocolTest {

    @Test
    void readsBearerChallengesWithQuotedCommas() {
        AuthChallenge c = AuthChallenge.parse("Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\","
                + "scope=\"repository:library/nginx:pull,push\"").orElseThrow();
        assertTrue(c.bearer());
        assertEquals(Map.of("realm", "https://auth.docker.io/token", "service", "registry.docker.io",
                "scope", "repository:library/nginx:pull,push"), c.params());
        AuthChallenge unquoted = AuthChallenge.parse("bearer realm=https://ghcr.io/token, service=ghcr.io").orElseThrow();
        assertEquals("ghcr.io", unquoted.param("service"));
        assertEquals("https://ghcr.io/token", unquoted.param("realm"));
        assertFalse(AuthChallenge.parse("Basic realm=\"x\"").orElseThrow().bearer());
        assertEquals(Optional.empty(), AuthChallenge.parse("Negotiate"));
        assertEquals(Optional.empty(), AuthChallenge.parse(null));
    }

    @CatalogueEntry(23)
    @Test
    void findsTheNextLink() {
        assertEquals(Optional.of("/v2/a/tags/list?last=b&n=2"), LinkHeader.next(List.of("</v2/a/tags/list?last=b&n=2>; rel=\"next\"")));
        assertEquals(Optional.of("/p3"), LinkHeader.next(List.of("</p1>; rel=\"prev\", </p3>; rel=next")));
        assertEquals(Optional.of("/p3"), LinkHeader.next(List.of("</p1>; rel=\"first\"", "</p3>; title=\"x\"; rel=\"last next\"")));
        assertEquals(Optional.empty(), LinkHeader.next(List.of("</p1>; rel=\"prev\"", "</p0>; rel=\"nextish\"")));
        assertEquals(Optional.empty(), LinkHeader.next(List.of()));
    }

    @Test
    void readsDockerConfigLogins() throws IOException {
        RegistryCredentials c = RegistryCredentials.parse("""
                {"auths": {
                  "https://index.docker.io/v1/": {"auth": "dXNlcjpwYTpzcw=="},
                  "ghcr.io": {"username": "octo", "password": "ghp_x"},
                  "myregistry.azurecr.io": {"auth": "", "identitytoken": "refresh-me"},
                  "quay.io": {}
                 },
                 "credHelpers": {"123.dkr.ecr.us-east-1.amazonaws.com": "ecr-login"}}
                """, "config.json");
        assertEquals("RegistryLogin[basic]", c.forRegistry("registry-1.docker.io").orElseThrow().toString());
        assertEquals("RegistryLogin[basic]", c.forRegistry("docker.io").orElseThrow().toString());
        assertEquals("RegistryLogin[basic]", c.forRegistry("GHCR.io").orElseThrow().toString());
        assertTrue(c.forRegistry("myregistry.azurecr.io").orElseThrow().hasIdentityToken());
        assertEquals(Optional.empty(), c.forRegistry("quay.io").map(Object::toString));
        assertTrue(c.helperFor("123.dkr.ecr.us-east-1.amazonaws.com"));
        assertFalse(c.helperFor("ghcr.io"));
        assertEquals("RegistryCredentials[3 registries from config.json]", c.toString());
    }

    @Test
    void badDockerConfigsAreExplainedWithoutTheirSecrets() {
        IOException notJson = assertThrows(IOException.class, () -> RegistryCredentials.parse("{\n\"auths\": {", "c.json"));
        assertEquals("the docker config file c.json is not valid JSON (line 2)", notJson.getMessage());
        IOException notBase64 = assertThrows(IOException.class,
                () -> RegistryCredentials.parse("{\"auths\":{\"r\":{\"auth\":\"SECRET!!\"}}}", "c.json"));
        assertEquals("in c.json, the auth of 'r' is not base64", notBase64.getMessage());
        IOException noColon = assertThrows(IOException.class,
                () -> RegistryCredentials.parse("{\"auths\":{\"r\":{\"auth\":\"c2VjcmV0\"}}}", "c.json"));
        assertEquals("in c.json, the auth of 'r' is not base64 of user:password", noColon.getMessage());
    }

    @Test
    void readsTagPages() throws IOException {
        assertEquals(List.of("1", "2"), TagPage.tags("{\"name\":\"a\",\"tags\":[\"1\",\"2\",\"\",7]}".getBytes()));
        assertEquals(List.of(), TagPage.tags("{\"name\":\"a\",\"tags\":null}".getBytes()));
        assertThrows(IOException.class, () -> TagPage.tags("<html>".getBytes()));
        assertThrows(IOException.class, () -> TagPage.tags("{\"tags\":\"1\"}".getBytes()));
    }

    @CatalogueEntry(22)
    @Test
    void keepsOnlyPlausibleDates() {
        java.time.Instant now = java.time.Instant.parse("2025-01-01T00:00:00Z");
        assertEquals(java.time.Instant.parse("2024-05-05T08:11:12Z"), ImageCreated.plausible("2024-05-05T10:11:12+02:00", now));
        assertEquals(null, ImageCreated.plausible("1970-01-01T00:00:00Z", now));
        assertEquals(null, ImageCreated.plausible("0001-01-01T00:00:00Z", now));
        assertEquals(null, ImageCreated.plausible("2030-01-01T00:00:00Z", now));
        assertEquals(null, ImageCreated.plausible("yesterday", now));
    }
}
