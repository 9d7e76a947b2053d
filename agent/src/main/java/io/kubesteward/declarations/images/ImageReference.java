package io.kubesteward.declarations.images;

import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SourceKind;

/**
 * A container image reference {@code [registry/]path[:tag][@digest]} as written. {@code registry}
 * is null when none is written (Docker Hub is implied). {@code tag} and {@code digest} are null when
 * absent; {@code tagOffset} and {@code digestOffset} are their char offsets in {@code text}, -1 when
 * absent. The digest is {@code algorithm:hex}, without the {@code @}.
 */
public record ImageReference(String text, String registry, String path, String tag, int tagOffset, String digest, int digestOffset) {
    private static final String DOCKER_HUB = "docker.io";

    /** The image as written, without tag and digest: {@code nginx}, {@code ghcr.io/onedr0p/plex}. */
    public String name() {
        return registry == null ? path : registry + "/" + path;
    }

    public boolean hasTag() {
        return tag != null;
    }

    public boolean hasDigest() {
        return digest != null;
    }

    /** The image as a registry knows it: Docker Hub spelled {@code docker.io}, its official images under {@code library/}. */
    public PackageRef packageRef() {
        return packageRef(registry, path);
    }

    /** The package of {@code registry/path} (an image, or any OCI artifact a registry lists tags of). */
    public static PackageRef of(String registry, String path) {
        return packageRef(registry, path);
    }

    static PackageRef packageRef(String registry, String path) {
        String host = registry == null || isDockerHubAlias(registry) ? DOCKER_HUB : registry;
        String name = host.equals(DOCKER_HUB) && path.indexOf('/') < 0 ? "library/" + path : path;
        return new PackageRef(SourceKind.DOCKER_IMAGE, host, name);
    }

    private static boolean isDockerHubAlias(String registry) {
        return registry.equals(DOCKER_HUB) || registry.equals("index.docker.io") || registry.equals("registry-1.docker.io")
                || registry.equals("registry.hub.docker.com");
    }
}
