package io.kubesteward.sources.oci;

import java.net.URI;

/**
 * Where one repository's API answers.
 *
 * @param display the repository as people wrote it ({@code docker.io/library/nginx},
 *     {@code oci://ghcr.io/org/charts/podinfo}), for messages and stats
 * @param base the API's scheme, host and port ({@code https://registry-1.docker.io})
 * @param registry the registry as credentials are keyed ({@code docker.io}, {@code registry:5000})
 * @param path the repository path on that registry ({@code library/nginx})
 * @param mirrorOf the display of the repository this mirror stands for, or null
 */
record RegistryAddress(String display, URI base, String registry, String path, String mirrorOf) {

    URI tagsList(int pageSize) {
        return URI.create(base + "/v2/" + path + "/tags/list?n=" + pageSize);
    }

    URI manifest(String reference) {
        return URI.create(base + "/v2/" + path + "/manifests/" + reference);
    }

    URI blob(String digest) {
        return URI.create(base + "/v2/" + path + "/blobs/" + digest);
    }

    /** The token scope that reads this repository. */
    String scope() {
        return "repository:" + path + ":pull";
    }

    /** " (mirror for …)" when mirrored, for messages. */
    String via() {
        return mirrorOf == null ? "" : " (mirror for " + mirrorOf + ")";
    }
}
