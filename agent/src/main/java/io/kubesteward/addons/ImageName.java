package io.kubesteward.addons;

import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SourceKind;

/**
 * A container image reference as a registry knows it: {@code registry} is the host (Docker Hub spelled
 * {@code docker.io}, its official images under {@code library/}), {@code path} the repository in it;
 * {@code tag} and {@code digest} are null when absent.
 */
public record ImageName(String registry, String path, String tag, String digest) {
    private static final String DOCKER_HUB = "docker.io";

    public static ImageName parse(String text) {
        String rest = text.trim();
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        String[] repository = split(rest);
        return new ImageName(repository[0], repository[1], tag == null || tag.isEmpty() ? null : tag, digest);
    }

    /** Registry host and path of a repository written without tag, normalised like {@link #parse}. */
    static String[] split(String repository) {
        int slash = repository.indexOf('/');
        String first = slash < 0 ? "" : repository.substring(0, slash);
        boolean host = first.contains(".") || first.contains(":") || first.contains("*") || first.equals("localhost");
        String registry = host ? first : DOCKER_HUB;
        String path = host ? repository.substring(slash + 1) : repository;
        if (isDockerHub(registry)) {
            registry = DOCKER_HUB;
            path = path.indexOf('/') < 0 ? "library/" + path : path;
        }
        return new String[] {registry, path};
    }

    private static boolean isDockerHub(String registry) {
        return registry.equals(DOCKER_HUB) || registry.equals("index.docker.io") || registry.equals("registry-1.docker.io")
                || registry.equals("registry.hub.docker.com");
    }

    /** {@code registry.k8s.io/coredns/coredns}: the image without tag or digest. */
    public String repository() {
        return registry + "/" + path;
    }

    public PackageRef packageRef() {
        return new PackageRef(SourceKind.DOCKER_IMAGE, registry, path);
    }
}
