package io.kubesteward.sources.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.http.Credentials;
import io.kubesteward.model.Release;
import io.kubesteward.render.ArchiveLocation;
import io.kubesteward.sources.ArchiveResolver.ArchiveUnlocatable;
import io.kubesteward.sources.CredentialRule;
import io.kubesteward.sources.Mirror;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveLocatorTest {
    private static final Credentials TOKEN = Credentials.bearer("canary-archive-token");

    private static Release release(String url) {
        return new Release("1.0.0", null, null, null, null, false, null, List.of(), null, null, List.of(url));
    }

    private static ArchiveLocation locate(HelmSourceSettings settings, String repository, String url) throws ArchiveUnlocatable {
        return new ArchiveLocator(settings).locate(repository, "app", release(url));
    }

    private static final HelmSourceSettings WITH_TOKEN = HelmSourceSettings.defaults()
            .withCredentials(List.of(new CredentialRule("https://charts.example.com/stable", TOKEN)));

    @Test
    void aRelativeUrlIsResolvedBelowTheRepositoryAndGetsItsCredentials() throws Exception {
        ArchiveLocation.Remote r = (ArchiveLocation.Remote) locate(WITH_TOKEN, "https://charts.example.com/stable", "app-1.0.0.tgz");
        assertEquals("https://charts.example.com/stable/app-1.0.0.tgz", r.uri().toString());
        assertSame(TOKEN, r.credentials());
        ArchiveLocation.Remote rooted = (ArchiveLocation.Remote) locate(WITH_TOKEN, "https://charts.example.com/stable", "/all/app.tgz");
        assertEquals("https://charts.example.com/all/app.tgz", rooted.uri().toString());
        assertTrue(rooted.credentials() != TOKEN, "outside the credential's prefix");
    }

    @Test
    void anArchiveOnAnotherHostGetsNoneOfTheRepositorysCredentials() throws Exception {
        ArchiveLocation.Remote r = (ArchiveLocation.Remote) locate(WITH_TOKEN, "https://charts.example.com/stable",
                "https://github.com/org/app/releases/download/app-1.0.0/app-1.0.0.tgz");
        assertEquals("github.com", r.uri().getHost());
        assertTrue(r.credentials() != TOKEN);
    }

    @Test
    void theRepositorysQueryGoesWithARelativeArchiveAsInHelm() throws Exception {
        ArchiveLocation.Remote r = (ArchiveLocation.Remote) locate(HelmSourceSettings.defaults(),
                "https://a.blob.core.windows.net/helm?sv=2024&sig=abc", "foo-1.0.tgz");
        assertEquals("https://a.blob.core.windows.net/helm/foo-1.0.tgz?sv=2024&sig=abc", r.uri().toString());
        assertEquals("https://a.blob.core.windows.net/helm/foo-1.0.tgz", r.describe(), "the signature is never shown");
    }

    @Test
    void aFolderMirrorMapsTheArchiveToAFileInsideItAndNeverOutside(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        HelmSourceSettings mirrored = HelmSourceSettings.defaults().withMirrors(List.of(Mirror.toFolder("https://charts.example.com/", dir)));
        ArchiveLocation.Local local = (ArchiveLocation.Local) locate(mirrored, "https://charts.example.com/stable", "app-1.0.0.tgz");
        assertEquals(dir.toAbsolutePath().resolve("stable/app-1.0.0.tgz"), local.file());
        for (String climbing : List.of("../../../etc/passwd", "https://charts.example.com/%2e%2e/%2e%2e/etc/passwd")) {
            try {
                ArchiveLocation.Local file = (ArchiveLocation.Local) locate(mirrored, "https://charts.example.com/stable", climbing);
                assertTrue(file.file().normalize().startsWith(dir.toAbsolutePath()), climbing + " -> " + file.file());
            } catch (ArchiveUnlocatable refused) {
                assertTrue(refused.getMessage().contains("leaves mirror folder"), refused.getMessage());
            }
        }
    }

    @Test
    void noUrlOrAUrlThatIsNotHttpIsRefusedInWords() {
        assertTrue(assertThrows(ArchiveUnlocatable.class, () -> locate(HelmSourceSettings.defaults(), "https://c.example.com", " "))
                .getMessage().contains("lists no archive URL for app 1.0.0"));
        assertTrue(assertThrows(ArchiveUnlocatable.class, () -> locate(HelmSourceSettings.defaults(), "https://c.example.com", "file:///etc/passwd"))
                .getMessage().contains("is not an http(s) URL"));
    }
}
