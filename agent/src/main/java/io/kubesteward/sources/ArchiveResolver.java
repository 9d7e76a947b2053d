package io.kubesteward.sources;

import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.render.ArchiveLocation;

/**
 * A source that knows where its releases' archives are published: the URL (mirrors and credential
 * rules applied as for the index) or the mirror-folder file. Locating is pure; fetching is {@code render}'s.
 */
public interface ArchiveResolver {
    /** @throws ArchiveUnlocatable why the archive of {@code release} cannot be fetched (in words a user can act on) */
    ArchiveLocation locate(PackageRef pkg, Release release) throws ArchiveUnlocatable;

    /** Why an archive cannot be located: no URL in the index, a URL that is not http(s), a path leaving the mirror folder. */
    final class ArchiveUnlocatable extends Exception {
        public ArchiveUnlocatable(String message) {
            super(message);
        }
    }
}
