package io.kubesteward.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.http.Credentials;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MirrorTest {
    @Test
    void rewritesTheRestOfTheUrlWithOneSlash() {
        assertEquals("http://m/bitnami", Mirror.toUrl("https://charts.example.com", "http://m/").rewrite("https://charts.example.com/bitnami"));
        assertEquals("http://m/bitnami", Mirror.toUrl("https://charts.example.com/", "http://m").rewrite("https://charts.example.com/bitnami"));
        assertEquals("http://m", Mirror.toUrl("https://charts.example.com/bitnami", "http://m").rewrite("https://charts.example.com/bitnami"));
    }

    @Test
    void matchesOnlyAtAPathBoundaryAndPrefersTheLongestPrefix() {
        Mirror all = Mirror.toUrl("https://charts.example.com", "http://a");
        Mirror one = Mirror.toUrl("https://charts.example.com/team/", "http://b");
        assertFalse(all.serves("https://charts.example.com.evil.org/x"));
        assertEquals(Optional.of(one), Mirror.forRepository(List.of(all, one), "https://charts.example.com/team"));
        assertEquals(Optional.of(all), Mirror.forRepository(List.of(all, one), "https://charts.example.com/teamx"));
    }

    @Test
    void aFolderMirrorNeverLeavesItsFolder() {
        Mirror m = Mirror.toFolder("https://c.example/", Path.of("/srv/mirror"));
        assertEquals(Optional.of(Path.of("/srv/mirror/a/b")), m.folderFor("https://c.example/a/b"));
        assertEquals(Optional.empty(), m.folderFor("https://c.example/../etc"));
    }

    @Test
    void needsExactlyOneTarget() {
        assertThrows(IllegalArgumentException.class, () -> new Mirror("https://x", "http://y", Path.of("/z")));
        assertThrows(IllegalArgumentException.class, () -> new Mirror("https://x", null, null));
    }

    @Test
    void credentialRulesUseTheLongestPrefix() {
        Credentials org = Credentials.bearer("org");
        Credentials team = Credentials.bearer("team");
        List<CredentialRule> rules = List.of(new CredentialRule("https://x.example/org", org),
                new CredentialRule("https://x.example/org/team", team));
        assertEquals(team, CredentialRule.forUrl(rules, "https://x.example/org/team/index.yaml"));
        assertEquals(org, CredentialRule.forUrl(rules, "https://x.example/org/other/index.yaml"));
        assertTrue(CredentialRule.forUrl(rules, "https://x.example/organisation/index.yaml").isNone());
    }
}
