package io.kubesteward.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTest {
    @Test
    void dropsUserinfoFromUrls() {
        URI uri = URI.create("https://bob:p%40ss@charts.example.com:8443/a/index.yaml?x=1");
        assertEquals("https://charts.example.com:8443/a/index.yaml?x=1", Redaction.url(uri));
        assertEquals(URI.create("https://charts.example.com:8443/a/index.yaml?x=1"), Redaction.withoutUserInfo(uri));
        assertEquals("https://charts.example.com/x", Redaction.url("https://bob:secret@charts.example.com/x"));
        assertEquals("https://charts.example.com/a@b", Redaction.url("https://charts.example.com/a@b"));
    }

    @Test
    void masksSecretValues() {
        assertEquals("token *** failed", Redaction.scrub("token abc123 failed", List.of("abc123")));
    }

    @Test
    void credentialsNameOnlyTheirScheme() {
        assertEquals("Credentials[basic]", Credentials.basic("bob", "secret").toString());
        assertEquals("Credentials[bearer]", Credentials.bearer("secret").toString());
        assertEquals("Credentials[none]", Credentials.none().toString());
    }
}
