package io.kubesteward.pipeline;

import io.kubesteward.analysis.ImpactInput;
import io.kubesteward.analysis.Renders;
import io.kubesteward.analysis.RepositoryObjects;
import io.kubesteward.model.CrdHandling;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.model.ReleaseValues;
import io.kubesteward.render.ChartArchive;
import java.util.List;

/**
 * What upgrade analysis needs from outside the pipeline, built by the composition root: chart archives (fetched,
 * verified, cached), the values the repository gives a declaration's release, both versions rendered, who applies
 * its CRDs, and the repository's objects by API version.
 */
public interface ChartInsight {
    /** @throws ArchiveUnavailable why the archive cannot be had, in words a user can act on */
    ChartArchive archive(PackageRef pkg, Release release) throws ArchiveUnavailable;

    ReleaseValues values(Declaration declaration);

    /**
     * Both archives of the upgrade rendered as this declaration's release with the upgrade's values; a version Helm
     * refuses is a failed {@link io.kubesteward.analysis.Rendered}, not an exception.
     *
     * @throws RenderUnavailable when nothing can be rendered at all (no Helm engine here, rendering off)
     */
    Renders render(Declaration declaration, ImpactInput upgrade) throws RenderUnavailable;

    CrdHandling crds(Declaration declaration);

    /** The release object the declaration is, where its tool orders releases (a Flux HelmRelease). */
    default java.util.Optional<io.kubesteward.model.ReleaseRef> object(Declaration declaration) {
        return java.util.Optional.empty();
    }

    /** The release objects it waits for (Flux {@code spec.dependsOn}). */
    default List<io.kubesteward.model.ReleaseRef> dependsOn(Declaration declaration) {
        return List.of();
    }

    RepositoryObjects objects();

    /** How many upgrades are analysed at once. */
    int parallelism();

    final class RenderUnavailable extends Exception {
        public RenderUnavailable(String message) {
            super(message);
        }
    }

    final class ArchiveUnavailable extends Exception {
        public ArchiveUnavailable(String message) {
            super(message);
        }
    }
}
