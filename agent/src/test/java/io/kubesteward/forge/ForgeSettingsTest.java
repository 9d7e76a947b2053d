package io.kubesteward.forge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ForgeSettingsTest {
    private static final ForgeToken TOKEN = ForgeToken.of("CANARY-settings-SECRET");

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "GITHUB, '', https://api.github.com",
            "GITHUB, https://github.com, https://api.github.com",
            "GITHUB, https://api.github.com/, https://api.github.com",
            "GITHUB, https://ghe.example.com, https://ghe.example.com/api/v3",
            "GITHUB, https://ghe.example.com/api/v3/, https://ghe.example.com/api/v3",
            "GITLAB, '', https://gitlab.com/api/v4",
            "GITLAB, https://gitlab.example.com, https://gitlab.example.com/api/v4",
            "GITLAB, https://example.com/gitlab/, https://example.com/gitlab/api/v4",
            "GITLAB, http://gitlab.internal:8080/api/v4, http://gitlab.internal:8080/api/v4",
            "GITEA, https://codeberg.org, https://codeberg.org/api/v1",
            "GITEA, https://git.example.com/api/v1, https://git.example.com/api/v1",
    })
    void completesTheApiAddress(ForgeKind kind, String given, String expected) {
        URI base = given.isEmpty() ? null : URI.create(given);
        String repo = kind == ForgeKind.GITLAB ? "group/sub/project" : "owner/name";
        assertEquals(URI.create(expected), ForgeSettings.of(kind, base, repo, TOKEN).apiBase());
    }

    @Test
    void refusesAddressesItCannotUseSafely() {
        assertThrows(IllegalArgumentException.class, () -> ForgeSettings.of(ForgeKind.GITEA, null, "o/r", TOKEN));
        IllegalArgumentException userInfo = assertThrows(IllegalArgumentException.class,
                () -> ForgeSettings.of(ForgeKind.GITHUB, URI.create("https://x:CANARY-settings-SECRET@ghe.example.com"), "o/r", TOKEN));
        assertFalse(userInfo.getMessage().contains("CANARY"), userInfo.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ForgeSettings.of(ForgeKind.GITHUB, URI.create("ftp://ghe"), "o/r", TOKEN));
    }

    @ParameterizedTest(name = "{0} {1} ok={2}")
    @CsvSource({
            "GITHUB, acme/gitops, true",
            "GITHUB, acme/gitops.git, true",
            "GITHUB, acme, false",
            "GITHUB, acme/team/gitops, false",
            "GITHUB, acme/.., false",
            "GITLAB, group/sub/project, true",
            "GITLAB, project, false",
            "GITEA, octo/gitops, true",
            "GITEA, 'octo/git ops', false",
    })
    void checksTheRepositoryName(ForgeKind kind, String repo, boolean ok) {
        URI base = kind == ForgeKind.GITEA ? URI.create("https://git.example.com") : null;
        if (ok) {
            assertEquals(repo.replace(".git", ""), ForgeSettings.of(kind, base, repo, TOKEN).repository());
        } else {
            assertThrows(IllegalArgumentException.class, () -> ForgeSettings.of(kind, base, repo, TOKEN));
        }
    }

    @Test
    void theTokenNeverShowsInToString() {
        ForgeSettings s = ForgeSettings.of(ForgeKind.GITHUB, null, "acme/gitops", TOKEN);
        assertFalse(s.toString().contains("CANARY"), s.toString());
        assertTrue(s.toString().contains("ForgeToken[hidden]"));
        assertEquals("acme/gitops on GitHub", s.describe());
        assertEquals("a [token] b", TOKEN.redact("a CANARY-settings-SECRET b"));
    }

    @Test
    void gitLabNamesTheProjectAsOneEncodedSegment() {
        assertEquals("group%2Fsub%2Fproject", RepositoryPath.gitLabProjectId("group/sub/project"));
    }
}
