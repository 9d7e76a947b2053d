package io.kubesteward.sources.oci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SourceKind;
import io.kubesteward.sources.Mirror;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RegistryLocatorTest {
    private final RegistryLocator plain = new RegistryLocator(OciSourceSettings.defaults().withInsecure(List.of("registry.lan:5000")));

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', textBlock = """
            docker.io          ; library/nginx ; https://registry-1.docker.io ; library/nginx ; docker.io
            docker.io          ; nginx         ; https://registry-1.docker.io ; library/nginx ; docker.io
            index.docker.io    ; bitnami/redis ; https://registry-1.docker.io ; bitnami/redis ; docker.io
            ghcr.io            ; org/app       ; https://ghcr.io              ; org/app       ; ghcr.io
            GHCR.io            ; org/app       ; https://ghcr.io              ; org/app       ; ghcr.io
            registry:5000      ; team/app      ; https://registry:5000        ; team/app      ; registry:5000
            localhost:5000     ; app           ; http://localhost:5000        ; app           ; localhost:5000
            127.0.0.1:5000     ; app           ; http://127.0.0.1:5000        ; app           ; 127.0.0.1:5000
            registry.lan:5000  ; app           ; http://registry.lan:5000     ; app           ; registry.lan:5000
            registry.lan:5001  ; app           ; https://registry.lan:5001    ; app           ; registry.lan:5001
            """)
    void imagesAreAskedOfTheirRegistrysApi(String registry, String name, String base, String path, String key) throws Exception {
        RegistryAddress a = plain.locate(new PackageRef(SourceKind.DOCKER_IMAGE, registry, name));
        assertEquals(base, a.base().toString());
        assertEquals(path, a.path());
        assertEquals(key, a.registry());
        assertEquals(base + "/v2/" + path + "/tags/list?n=10", a.tagsList(10).toString());
    }

    @Test
    void ociChartsJoinTheRepositoryAndTheChart() throws Exception {
        RegistryAddress a = plain.locate(new PackageRef(SourceKind.OCI_CHART, "oci://ghcr.io/stefanprodan/charts/", "podinfo"));
        assertEquals("https://ghcr.io/v2/stefanprodan/charts/podinfo/manifests/6.5.0", a.manifest("6.5.0").toString());
        assertEquals("oci://ghcr.io/stefanprodan/charts/podinfo", a.display());
        RegistryFailure f = assertThrows(RegistryFailure.class,
                () -> plain.locate(new PackageRef(SourceKind.OCI_CHART, "https://charts.example.com", "x")));
        assertEquals("'https://charts.example.com' is not an oci:// repository", f.getMessage());
    }

    @Test
    void mirrorsReplaceTheLongestMatchingPrefix() throws Exception {
        RegistryLocator mirrored = new RegistryLocator(OciSourceSettings.defaults().withMirrors(List.of(
                Mirror.toUrl("docker.io", "mirror.local/hub"),
                Mirror.toUrl("oci://docker.io/bitnami", "http://cache.lan:5000/bitnami"),
                Mirror.toUrl("https://charts.example.com", "https://elsewhere.example.com"),
                Mirror.toFolder("quay.io", Path.of("/srv/mirror")))));
        RegistryAddress hub = mirrored.locate(new PackageRef(SourceKind.DOCKER_IMAGE, "docker.io", "library/nginx"));
        assertEquals("https://mirror.local/v2/hub/library/nginx/tags/list?n=1", hub.tagsList(1).toString());
        assertEquals("mirror.local", hub.registry());
        assertEquals(" (mirror for docker.io/library/nginx)", hub.via());
        RegistryAddress bitnami = mirrored.locate(new PackageRef(SourceKind.DOCKER_IMAGE, "docker.io", "bitnami/redis"));
        assertEquals("http://cache.lan:5000/v2/bitnami/redis/tags/list?n=1", bitnami.tagsList(1).toString());
        RegistryAddress own = mirrored.locate(new PackageRef(SourceKind.DOCKER_IMAGE, "docker.io.evil.org", "x/y"));
        assertEquals("https://docker.io.evil.org", own.base().toString());
        RegistryFailure folder = assertThrows(RegistryFailure.class,
                () -> mirrored.locate(new PackageRef(SourceKind.DOCKER_IMAGE, "quay.io", "org/app")));
        assertEquals("mirror folder /srv/mirror cannot serve quay.io/org/app: folders serve Helm repositories only"
                + " — configure a registry URL as the mirror", folder.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            ghcr.io        ; Org/App     ; 'Org/App' in ghcr.io/Org/App is not a valid repository name (lower-case letters, digits and . _ - separated by /)
            ghcr.io        ; org/../etc  ; 'org/../etc' in ghcr.io/org/../etc is not a valid repository name (lower-case letters, digits and . _ - separated by /)
            ghcr.io        ; 'a?b=c'     ; 'a?b=c' in ghcr.io/a?b=c is not a valid repository name (lower-case letters, digits and . _ - separated by /)
            'bad host'     ; app         ; 'bad host' in bad host/app is not a registry host name
            """)
    void namesThatAreNotRepositoriesAreRefused(String registry, String name, String message) {
        RegistryFailure f = assertThrows(RegistryFailure.class,
                () -> plain.locate(new PackageRef(SourceKind.DOCKER_IMAGE, registry, name)));
        assertEquals(message, f.getMessage());
    }
}
