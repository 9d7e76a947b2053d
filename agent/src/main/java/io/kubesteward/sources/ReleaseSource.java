package io.kubesteward.sources;

import io.kubesteward.model.FetchStat;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SourceKind;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where versions come from. A source returns every release it knows; it never chooses one. */
public interface ReleaseSource extends AutoCloseable {
    /** The one kind of package this source serves; its id, noun and default versioning are the kind's. */
    SourceKind kind();

    /**
     * Looks up all {@code packages} (all of this source's kind) in one go, so that a repository shared
     * by many packages is fetched once. Every package gets an entry; failures are entries too.
     */
    Map<PackageRef, LookupResult> lookup(Collection<PackageRef> packages);

    /** What was fetched so far, for the report. */
    List<FetchStat> stats();

    /** Releases what the source holds (connection pools, resolver sessions); nothing by default. */
    @Override
    default void close() {
    }
}
