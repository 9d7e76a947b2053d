package io.kubesteward.pipeline;

import io.kubesteward.analysis.Rendered;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.model.ReleaseIdentity;
import io.kubesteward.model.ReleaseRef;
import io.kubesteward.model.ReleaseValues;
import io.kubesteward.model.SourceFile;
import io.kubesteward.model.ValuesTarget;
import io.kubesteward.render.ChartArchive;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What tracing rightsizing to Helm values keys needs from outside the pipeline, built by the composition root: the
 * release each chart declaration makes, chart archives (fetched, verified, cached; with bundled dependencies
 * unpacked), the release's values as the repository gives them (with a proposal's edited files laid over the
 * repository's), where a values key would be written, and Helm's engine.
 */
public interface ValuesTracing {
    ReleaseIdentity release(Declaration declaration);

    Optional<ReleaseRef> object(Declaration declaration);

    /** For a dependency of an umbrella chart in the repository, the umbrella's name. */
    Optional<String> umbrella(Declaration declaration);

    /** For a dependency of an umbrella chart, the name it renders as there: its alias, else its chart's name. */
    Optional<String> renderedAs(Declaration declaration);

    /** @throws ChartInsight.ArchiveUnavailable why the archive cannot be had */
    ChartArchive archive(PackageRef pkg, Release release) throws ChartInsight.ArchiveUnavailable;

    /** The archive with its {@code charts/*.tgz} unpacked into folders, as Helm's loader reads it. */
    ChartArchive unpacked(ChartArchive archive) throws ChartInsight.ArchiveUnavailable;

    /** The release's values with {@code changed} files in place of the repository's (none: as the repository has them). */
    ReleaseValues values(Declaration declaration, List<SourceFile> changed);

    /** Where {@code path} is written for this release, never in a block another of {@code readers} (the chart declarations) reads too. */
    ValuesTarget target(Declaration declaration, List<String> path, List<Declaration> readers);

    /**
     * The archive rendered as release {@code name} in {@code namespace} with {@code values}; Helm's refusal is a failed
     * {@link Rendered}, not an exception.
     *
     * @throws ChartInsight.RenderUnavailable when nothing can be rendered here
     */
    Rendered render(ChartArchive archive, String name, String namespace, Map<String, Object> values) throws ChartInsight.RenderUnavailable;
}
