package io.kubesteward.sources.oci;

import io.kubesteward.http.ApiRequest;
import io.kubesteward.http.ApiResponse;
import io.kubesteward.http.Credentials;
import io.kubesteward.http.HttpFailure;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@code GET /v2/<name>/tags/list?n=…}, following {@code Link: <…>; rel="next"} for a bounded number of pages. */
final class TagLister {
    private final RegistryClient client;
    private final int pageSize;
    private final int maxPages;

    TagLister(RegistryClient client, int pageSize, int maxPages) {
        this.client = client;
        this.pageSize = pageSize;
        this.maxPages = maxPages;
    }

    TagListing list(RegistryAddress addr) throws RegistryFailure {
        Set<String> tags = new LinkedHashSet<>();
        Set<URI> seen = new HashSet<>();
        URI page = addr.tagsList(pageSize);
        long bytes = 0;
        for (int n = 1; ; n++) {
            seen.add(page);
            ApiResponse r = fetch(addr, page);
            if (!r.successful()) {
                throw RegistryErrors.refused(addr, r, client);
            }
            bytes += r.body().length;
            try {
                tags.addAll(TagPage.tags(r.body()));
            } catch (IOException e) {
                throw new RegistryFailure("registry " + addr.registry() + " answered the tag list of " + addr.display()
                        + addr.via() + " with something that is not a tag list (" + e.getMessage() + ")");
            }
            Optional<URI> next = next(addr, r);
            if (next.isEmpty() || seen.contains(next.get())) {
                return new TagListing(new ArrayList<>(tags), false, bytes, n);
            }
            if (n >= maxPages) {
                return new TagListing(new ArrayList<>(tags), true, bytes, n);
            }
            page = next.get();
        }
    }

    private ApiResponse fetch(RegistryAddress addr, URI page) throws RegistryFailure {
        try {
            return client.send(addr, ApiRequest.get(page, Credentials.none()).withHeader("Accept", "application/json"));
        } catch (HttpFailure f) {
            throw RegistryErrors.unreachable(addr, f);
        }
    }

    /** The next page, which must stay on the registry: its token is not for other hosts. */
    private static Optional<URI> next(RegistryAddress addr, ApiResponse r) throws RegistryFailure {
        Optional<String> link = LinkHeader.next(r.headerValues("Link"));
        if (link.isEmpty()) {
            return Optional.empty();
        }
        URI next;
        try {
            next = r.uri().resolve(link.get());
        } catch (IllegalArgumentException e) {
            throw new RegistryFailure("registry " + addr.registry() + " sent an invalid next-page link for " + addr.display());
        }
        if (!Objects.equals(next.getScheme(), addr.base().getScheme()) || !Objects.equals(next.getHost(), addr.base().getHost())
                || next.getPort() != addr.base().getPort()) {
            throw new RegistryFailure("registry " + addr.registry() + " pointed the next page of " + addr.display()
                    + " to another host (" + next.getHost() + "); Steward does not follow it");
        }
        return Optional.of(next);
    }
}
