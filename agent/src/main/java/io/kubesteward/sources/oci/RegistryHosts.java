package io.kubesteward.sources.oci;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Registry host names as written, and the host their API answers on. */
final class RegistryHosts {
    static final String DOCKER_HUB = "docker.io";
    static final String DOCKER_HUB_API = "registry-1.docker.io";
    private static final Set<String> HUB_ALIASES = Set.of("docker.io", "index.docker.io", "registry-1.docker.io",
            "registry.hub.docker.com");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private RegistryHosts() {
    }

    static boolean isDockerHub(String host) {
        return HUB_ALIASES.contains(host.toLowerCase(Locale.ROOT));
    }

    /** The host (and port) that serves the registry API. */
    static String apiHost(String host) {
        return isDockerHub(host) ? DOCKER_HUB_API : host.toLowerCase(Locale.ROOT);
    }

    /** http for loopback and configured insecure registries, https otherwise. */
    static String scheme(String hostAndPort, List<String> insecure) {
        String h = hostAndPort.toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        String bare = colon > 0 && !h.endsWith("]") ? h.substring(0, colon) : h;
        return LOOPBACK.contains(bare) || insecure.contains(h) || insecure.contains(bare) ? "http" : "https";
    }
}
