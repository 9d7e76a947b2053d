package io.kubesteward.pipeline;

import io.kubesteward.analysis.RepositoryObjects;
import io.kubesteward.model.CrdHandling;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.model.ReleaseValues;
import io.kubesteward.render.ChartArchive;

/**
 * What upgrade analysis needs from outside the pipeline, built by the composition root: chart archives (fetched,
 * verified, cached), the values the repository gives a declaration's release, who applies its CRDs, and the
 * repository's objects by API version.
 */
public interface ChartInsight {
    /** @throws ArchiveUnavailable why the archive cannot be had, in words a user can act on */
    ChartArchive archive(PackageRef pkg, Release release) throws ArchiveUnavailable;

    ReleaseValues values(Declaration declaration);

    CrdHandling crds(Declaration declaration);

    RepositoryObjects objects();

    /** How many upgrades are analysed at once. */
    int parallelism();

    final class ArchiveUnavailable extends Exception {
        public ArchiveUnavailable(String message) {
            super(message);
        }
    }
}
