package io.kubesteward.declarations.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SourceKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageReferencesTest {
    private static final String DIGEST = "sha256:6bf689ff6269e27293e1bf1cec03a965cd0c3d89d9c193e4b0b9275687fc9d63";

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            // text, name, registry (as PackageRef has it), package name, tag
            "nginx, nginx, docker.io, library/nginx, -",
            "nginx:1.25, nginx, docker.io, library/nginx, 1.25",
            "docker.io/library/nginx:1.25.3-alpine, docker.io/library/nginx, docker.io, library/nginx, 1.25.3-alpine",
            "docker.io/nginx:1, docker.io/nginx, docker.io, library/nginx, 1",
            "index.docker.io/bitnami/redis:7.2, index.docker.io/bitnami/redis, docker.io, bitnami/redis, 7.2",
            "bitnami/redis:7.2, bitnami/redis, docker.io, bitnami/redis, 7.2",
            "ghcr.io/onedr0p/plex:1.40.2.8395-c67dce28e, ghcr.io/onedr0p/plex, ghcr.io, onedr0p/plex, 1.40.2.8395-c67dce28e",
            "registry:5000/x/y:1.0, registry:5000/x/y, registry:5000, x/y, 1.0",
            "localhost/x:1, localhost/x, localhost, x, 1",
            "public.ecr.aws/emqx/emqx:5.7.0, public.ecr.aws/emqx/emqx, public.ecr.aws, emqx/emqx, 5.7.0",
            "gcr.io/google_containers/pause:3.9, gcr.io/google_containers/pause, gcr.io, google_containers/pause, 3.9",
            "redis:latest, redis, docker.io, library/redis, latest"})
    void readsEveryReferenceForm(String text, String name, String registry, String packageName, String tag) {
        ImageReference reference = ImageReferences.parse(text);

        assertEquals(name, reference.name());
        assertEquals(new PackageRef(SourceKind.DOCKER_IMAGE, registry, packageName), reference.packageRef());
        assertEquals(tag, reference.tag());
        if (tag != null) {
            assertEquals(tag, text.substring(reference.tagOffset(), reference.tagOffset() + tag.length()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ghcr.io/a/b:v1.2.3@", "alpine@"})
    void aDigestIsAfterTheAtAndOffsetsCutIt(String prefix) {
        String text = prefix + DIGEST;
        ImageReference reference = ImageReferences.parse(text);

        assertEquals(DIGEST, reference.digest());
        assertEquals(DIGEST, text.substring(reference.digestOffset()));
        assertTrue(reference.hasDigest());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Not An Image", "UPPER/case:1", "nginx:", "nginx:bad tag", "nginx@sha256:short", "a//b:1",
            "-leading:1", "ghcr.io/:1", "nginx:1@", "http://nginx:1"})
    void rejectsWhatIsNoReference(String text) {
        assertNull(ImageReferences.parse(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ghcr.io/a/c:${TAG}", "{{ .Values.image }}", "${REGISTRY}/app:1"})
    void templatedTextIsNoReferenceButIsRecognised(String text) {
        assertNull(ImageReferences.parse(text));
        assertTrue(ImageReferences.isTemplated(text));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"1.2.3, 1.2.3, -", "v0.15.2@" + DIGEST + ", v0.15.2, " + DIGEST, "@" + DIGEST + ", -, " + DIGEST})
    void aTagMayCarryItsDigest(String text, String tag, String digest) {
        ImageReference reference = ImageReferences.parseTag(text);

        assertEquals(tag, reference.tag());
        assertEquals(digest, reference.digest());
    }

    @ParameterizedTest
    @CsvSource({"nginx, docker.io, library/nginx", "ghcr.io/a/b, ghcr.io, a/b"})
    void aNameWithoutTagIsAPackage(String name, String registry, String path) {
        assertEquals(new PackageRef(SourceKind.DOCKER_IMAGE, registry, path), ImageReferences.packageOf(name));
        assertNull(ImageReferences.packageOf(name + ":1.0"));
    }
}
