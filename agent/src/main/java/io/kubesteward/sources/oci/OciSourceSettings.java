package io.kubesteward.sources.oci;

import io.kubesteward.sources.Mirror;
import java.util.List;
import java.util.Locale;

/**
 * What the composition root configures for OCI registries.
 *
 * @param mirrors registry mirrors: a prefix such as {@code docker.io} or {@code ghcr.io/org}
 *     (an {@code oci://} or {@code https://} in front is ignored) read from another registry,
 *     {@code mirror.local:5000/dockerhub} (prefix the URL with {@code http://} for a plain-HTTP mirror)
 * @param credentials logins from a docker {@code config.json}-format file
 * @param insecure registry hosts ({@code host} or {@code host:port}) spoken to over plain HTTP;
 *     {@code localhost} and {@code 127.0.0.1} always are
 * @param pageSize tags asked per page ({@code n=})
 * @param maxPages pages read at most per repository; the tags of later pages are not seen
 * @param parallelFetches how many repositories are listed at once
 */
public record OciSourceSettings(List<Mirror> mirrors, RegistryCredentials credentials, List<String> insecure,
        int pageSize, int maxPages, int parallelFetches) {

    public OciSourceSettings {
        mirrors = mirrors == null ? List.of() : List.copyOf(mirrors);
        credentials = credentials == null ? RegistryCredentials.none() : credentials;
        insecure = insecure == null ? List.of() : insecure.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        if (pageSize < 1 || maxPages < 1 || parallelFetches < 1) {
            throw new IllegalArgumentException("pageSize, maxPages and parallelFetches must be at least 1");
        }
    }

    public static OciSourceSettings defaults() {
        return new OciSourceSettings(List.of(), RegistryCredentials.none(), List.of(), 1000, 20, 4);
    }

    public OciSourceSettings withMirrors(List<Mirror> list) {
        return new OciSourceSettings(list, credentials, insecure, pageSize, maxPages, parallelFetches);
    }

    public OciSourceSettings withCredentials(RegistryCredentials c) {
        return new OciSourceSettings(mirrors, c, insecure, pageSize, maxPages, parallelFetches);
    }

    public OciSourceSettings withInsecure(List<String> hosts) {
        return new OciSourceSettings(mirrors, credentials, hosts, pageSize, maxPages, parallelFetches);
    }

    public OciSourceSettings withPaging(int size, int pages) {
        return new OciSourceSettings(mirrors, credentials, insecure, size, pages, parallelFetches);
    }

    public OciSourceSettings withParallelFetches(int n) {
        return new OciSourceSettings(mirrors, credentials, insecure, pageSize, maxPages, n);
    }
}
