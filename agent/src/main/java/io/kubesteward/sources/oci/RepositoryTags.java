package io.kubesteward.sources.oci;

import io.kubesteward.model.FetchStat;
import io.kubesteward.model.PackageRef;

/**
 * One repository's tags for the run: listed at most once however many packages and lookup calls
 * ask, with the stat for the report. A failure is remembered too, so a refusing registry is asked
 * once per run.
 */
final class RepositoryTags {
    static final String DOWNLOADED = "downloaded";
    static final String TRUNCATED = "truncated";
    static final String FAILED = "failed";

    private final String display;
    private final PackageRef pkg;
    private TagListing listing;
    private String failure;
    private FetchStat stat;

    RepositoryTags(String display, PackageRef pkg) {
        this.display = display;
        this.pkg = pkg;
    }

    /** The listing, or the remembered failure thrown again. */
    synchronized TagListing get(RegistryLocator locator, TagLister lister) throws RegistryFailure {
        if (listing == null && failure == null) {
            fetch(locator, lister);
        }
        if (failure != null) {
            throw new RegistryFailure(failure);
        }
        return listing;
    }

    /** Null until the repository was asked. */
    synchronized FetchStat stat() {
        return stat;
    }

    private void fetch(RegistryLocator locator, TagLister lister) {
        long start = System.nanoTime();
        try {
            listing = lister.list(locator.locate(pkg));
            String outcome = listing.truncated() ? TRUNCATED : DOWNLOADED;
            stat = new FetchStat(display, outcome, listing.bytes(), millisSince(start), 0, listing.tags().size());
        } catch (RegistryFailure f) {
            failure = f.getMessage();
            stat = new FetchStat(display, FAILED, 0, millisSince(start), 0, 0);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
